package org.casework.query.household;

import org.axonframework.queryhandling.QueryHandler;
import org.casework.query.household.HouseholdQueries.FindHouseholdAssessments;
import org.casework.query.household.HouseholdQueries.HouseholdAssessments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Component
@Transactional(readOnly = true)
class HouseholdQueryHandler {

    private final HouseholdAssessmentRepository assessments;

    HouseholdQueryHandler(HouseholdAssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @QueryHandler
    HouseholdAssessments handle(FindHouseholdAssessments query) {
        List<HouseholdAssessment> history = assessments
                .findByClientIdOrderByAssessedOnDescRecordedAtDesc(query.clientId()).stream()
                .map(HouseholdAssessmentView::toAssessment).toList();
        return new HouseholdAssessments(query.clientId(), history.isEmpty() ? null : history.get(0), history);
    }
}
