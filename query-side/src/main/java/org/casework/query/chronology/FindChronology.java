package org.casework.query.chronology;

import org.casework.domain.engagement.ConsultationKind;
import org.casework.query.access.Viewer;
import org.casework.query.support.Paging;

import java.time.LocalDate;
import java.util.UUID;

/**
 * R4: consultations newest first, every filter optional; {@code from} and {@code to} are inclusive. {@code familyId}
 * selects the consultations of the family's current members.
 * Only consultations of clients visible to the viewer are listed.
 */
public record FindChronology(
        LocalDate from,
        LocalDate to,
        UUID clientId,
        UUID familyId,
        UUID engagementId,
        String worker,
        ConsultationKind kind,
        Viewer viewer,
        Paging paging) {
}
