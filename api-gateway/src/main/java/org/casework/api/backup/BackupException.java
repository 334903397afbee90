package org.casework.api.backup;

/** A backup or restore that cannot go on; the message tells the operator why and what to do. */
final class BackupException extends RuntimeException {

    BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
