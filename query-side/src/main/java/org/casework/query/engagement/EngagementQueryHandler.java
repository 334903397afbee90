package org.casework.query.engagement;

import org.axonframework.queryhandling.QueryHandler;
import org.casework.query.engagement.EngagementQueries.FindEngagement;
import org.casework.query.engagement.EngagementQueries.FindEngagementsOfClient;
import org.casework.query.support.PageOf;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

@Component
@Transactional(readOnly = true)
class EngagementQueryHandler {

    private final EngagementViewRepository engagements;

    EngagementQueryHandler(EngagementViewRepository engagements) {
        this.engagements = engagements;
    }

    @QueryHandler
    PageOf<EngagementSummary> handle(FindEngagementsOfClient query) {
        return PageOf.of(engagements.findOfClient(query.clientId(), query.paging().unsorted()),
                EngagementView::toSummary);
    }

    @QueryHandler
    Optional<EngagementSummary> handle(FindEngagement query) {
        return engagements.findById(query.engagementId()).map(EngagementView::toSummary);
    }
}
