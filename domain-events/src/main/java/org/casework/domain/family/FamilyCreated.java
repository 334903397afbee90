package org.casework.domain.family;

import org.casework.domain.Erasure;
import org.casework.domain.FamilyEvent;
import org.casework.domain.Personal;
import org.casework.domain.client.Address;

import java.time.LocalDate;
import java.util.UUID;

/** A family (rodina / domácnost) file was opened; {@code createdOn} may be backdated to the first contact. */
public record FamilyCreated(
        UUID familyId,
        @Personal String name,
        Address address,
        String responsibleWorker,
        LocalDate createdOn) implements FamilyEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
