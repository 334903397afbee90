package org.casework.api.readmodel;

/** A replay of the read model is under way; a second one would start it over. Answered as 409. */
public class ReplayRunningException extends RuntimeException {

    public ReplayRunningException(String name) {
        super("A replay of " + name + " is under way; follow it with GET /api/admin/projections/" + name);
    }
}
