package org.casework.query.household;

import java.util.List;
import java.util.UUID;

public final class HouseholdQueries {

    private HouseholdQueries() {
    }

    public record FindHouseholdAssessments(UUID clientId) {
    }

    /** The assessment in force ({@code null} before the first) and every assessment, newest first. */
    public record HouseholdAssessments(UUID clientId, HouseholdAssessment latest, List<HouseholdAssessment> history) {
    }
}
