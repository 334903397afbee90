package org.casework.command.rules;

import java.util.UUID;

/** A command for a file whose personal data has been erased; nothing more is recorded in it. Answered as 410. */
public class FileErasedException extends RuntimeException {

    public FileErasedException(UUID fileId) {
        super("the personal data of file " + fileId + " has been erased; nothing more can be recorded in it");
    }
}
