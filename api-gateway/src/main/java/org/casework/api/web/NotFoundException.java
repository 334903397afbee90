package org.casework.api.web;

import java.util.Optional;
import java.util.UUID;

/**
 * The requested file does not exist (or is not visible to the caller). When a read model answered it and the id is a
 * file's, the answer checks the event store first: a file stored but not yet applied is lag, not "not found".
 */
public class NotFoundException extends RuntimeException {

    private final transient UUID readModelMiss;

    public NotFoundException(String what, Object id) {
        this(what, id, id instanceof UUID file ? file : null);
    }

    private NotFoundException(String what, Object id, UUID readModelMiss) {
        super("There is no " + what + " with id " + id + ".");
        this.readModelMiss = readModelMiss;
    }

    /** Not found without asking the read models: the access rules, or an answer built from the events themselves. */
    public static NotFoundException withoutLag(String what, Object id) {
        return new NotFoundException(what, id, null);
    }

    /** The file a read model did not find, if it was one. */
    Optional<UUID> readModelMiss() {
        return Optional.ofNullable(readModelMiss);
    }
}
