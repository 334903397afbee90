package org.casework.query.engagement;

import org.casework.query.support.Paging;

import java.util.UUID;

public final class EngagementQueries {

    private EngagementQueries() {
    }

    /** The client's engagements, open ones first, newest first. */
    public record FindEngagementsOfClient(UUID clientId, Paging paging) {
    }

    public record FindEngagement(UUID engagementId) {
    }
}
