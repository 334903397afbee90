package org.casework.command.client;

import java.util.Optional;
import java.util.UUID;

/**
 * One file per birth number among the files that are not erased: a set-based rule no single client
 * stream can decide, so the claims are kept in a table written in the transaction that stores the file's events
 * (a unique key makes two concurrent registrations of one number wait for each other, and the second one lose).
 */
public interface BirthNumberClaims {

    /**
     * Claims the number (normalised, {@code YYMMDD/SSSS}) for the file and releases any other number it held;
     * answers the file that holds it already, if another one does.
     */
    Optional<UUID> claim(String birthNumber, UUID clientId);

    /** The file holds no number any more (its number was removed, or it was erased). */
    void release(UUID clientId);
}
