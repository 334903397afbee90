package org.casework.query.household;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Where {@link HouseholdProjection} keeps assessments: the database live, memory during a rebuild. */
interface HouseholdStore {

    void add(HouseholdAssessmentView assessment);

    List<HouseholdAssessmentView> ofClient(UUID clientId);

    @Component
    class Database implements HouseholdStore {

        private final HouseholdAssessmentRepository assessments;

        Database(HouseholdAssessmentRepository assessments) {
            this.assessments = assessments;
        }

        @Override
        public void add(HouseholdAssessmentView assessment) {
            assessments.save(assessment);
        }

        @Override
        public List<HouseholdAssessmentView> ofClient(UUID clientId) {
            return assessments.findByClientIdOrderByAssessedOnDescRecordedAtDesc(clientId);
        }
    }

    class Memory implements HouseholdStore {

        private final List<HouseholdAssessmentView> assessments = new ArrayList<>();

        @Override
        public void add(HouseholdAssessmentView assessment) {
            assessments.add(assessment);
        }

        /** Looked for only when a file is erased, which is rare: a scan is cheaper than an index kept for it. */
        @Override
        public List<HouseholdAssessmentView> ofClient(UUID clientId) {
            return assessments.stream().filter(assessment -> assessment.clientId().equals(clientId)).toList();
        }

        Stream<Object> rows() {
            return assessments.stream().map(Object.class::cast);
        }
    }
}
