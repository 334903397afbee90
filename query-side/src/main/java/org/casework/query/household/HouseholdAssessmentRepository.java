package org.casework.query.household;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface HouseholdAssessmentRepository extends JpaRepository<HouseholdAssessmentView, UUID> {

    /** Newest first: the latest assessment day, and on one day the one recorded last. */
    List<HouseholdAssessmentView> findByClientIdOrderByAssessedOnDescRecordedAtDesc(UUID clientId);
}
