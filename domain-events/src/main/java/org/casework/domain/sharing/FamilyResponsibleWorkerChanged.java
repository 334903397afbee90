package org.casework.domain.sharing;

import org.casework.domain.FamilyEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A coordinator handed the family's file to another responsible worker. */
public record FamilyResponsibleWorkerChanged(UUID familyId, String worker, LocalDate changedOn)
        implements FamilyEvent {
}
