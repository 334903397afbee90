package org.casework.domain.family;

import org.casework.domain.Erasure;
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

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
