package org.casework.command.rules;

import java.util.UUID;

/** A command for a file that was merged into another; the person's file is now {@code survivorId}. */
public class FileMergedException extends RuntimeException {

    private final UUID fileId;
    private final UUID survivorId;

    public FileMergedException(UUID fileId, UUID survivorId) {
        super("client file " + fileId + " was merged into client file " + survivorId
                + "; nothing more can be recorded in it");
        this.fileId = fileId;
        this.survivorId = survivorId;
    }

    public UUID fileId() {
        return fileId;
    }

    public UUID survivorId() {
        return survivorId;
    }
}
