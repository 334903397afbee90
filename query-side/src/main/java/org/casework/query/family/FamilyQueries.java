package org.casework.query.family;

import org.casework.domain.status.Status;
import org.casework.query.access.Viewer;
import org.casework.query.status.Colour;
import org.casework.query.support.Paging;

import java.time.LocalDate;
import java.util.UUID;

/** The questions the family read model answers. Colours depend on the day, so each question names it. */
public final class FamilyQueries {

    private FamilyQueries() {
    }

    /**
     * The family overview in name order, filtered by responsible worker, status, colour and name, all optional;
     * only the families visible to the viewer.
     */
    public record FindFamilies(String worker, String nameQuery, Status status, Colour colour, LocalDate today,
                               Viewer viewer, Paging paging) {
    }

    public record FindFamilyCard(UUID familyId, LocalDate today) {
    }

    /** Whether the family's file exists in the read model; answers a boolean. */
    public record FamilyExists(UUID familyId) {
    }

    /** Every version of the family's individual plan, the current (highest) first. */
    public record FindFamilyPlanVersions(UUID familyId) {
    }
}
