package org.casework.api.duplicates;

import java.util.List;
import java.util.UUID;

/** Files of the same name and birth date exist and the request did not say the client is someone else. */
public class PossibleDuplicateException extends RuntimeException {

    private final transient List<UUID> candidates;

    public PossibleDuplicateException(List<UUID> candidates) {
        super("files with the same name and birth date exist");
        this.candidates = List.copyOf(candidates);
    }

    List<UUID> candidates() {
        return candidates;
    }
}
