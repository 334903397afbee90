package org.casework.domain.family;

import org.casework.domain.FamilyEvent;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A version of the family's individual plan was agreed; it replaces the previous version. */
public record FamilyPlanAdopted(
        UUID familyId,
        int version,
        LocalDate validFrom,
        LocalDate reviewDue,
        @Personal List<String> goals) implements FamilyEvent {
}
