package org.casework.query.client;

import org.casework.query.support.Paging;

import java.util.UUID;

/** The questions the client read model answers. */
public final class ClientQueries {

    private ClientQueries() {
    }

    /** The overview, filtered by responsible worker and a name (or birth number) search, in name order. */
    public record FindClients(String worker, String nameQuery, Paging paging) {
    }

    public record FindClientCard(UUID clientId) {
    }
}
