package org.casework.command.client;

import java.util.UUID;

/**
 * Another file that is not erased holds this birth number; nothing was stored. Answered as 409, naming
 * the existing file only to a caller who may see it.
 */
public class DuplicateBirthNumberException extends RuntimeException {

    private final UUID existingClientId;

    public DuplicateBirthNumberException(UUID existingClientId) {
        super("another client file holds this birth number");
        this.existingClientId = existingClientId;
    }

    public UUID existingClientId() {
        return existingClientId;
    }
}
