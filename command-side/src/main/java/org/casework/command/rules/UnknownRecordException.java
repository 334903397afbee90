package org.casework.command.rules;

/** A command names a part of a file (a contract, say) that the file does not have; answered as 404. */
public class UnknownRecordException extends RuntimeException {

    public UnknownRecordException(String message) {
        super(message);
    }
}
