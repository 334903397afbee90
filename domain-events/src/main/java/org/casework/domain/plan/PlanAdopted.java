package org.casework.domain.plan;

import org.casework.domain.Erasure;
import org.casework.domain.ClientEvent;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A version of the individual plan (individuální plán) was agreed; it replaces the previous version. */
public record PlanAdopted(
        UUID clientId,
        int version,
        LocalDate validFrom,
        LocalDate reviewDue,
        @Personal List<String> goals) implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
