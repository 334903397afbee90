package org.casework.domain.status;

import java.time.LocalDate;

/**
 * One line of a status history. Entries are never edited or deleted; a correction is a new entry. Who recorded it
 * and when travel in the event metadata.
 */
public record StatusEntry(
        Status status,
        LocalDate effectiveDate,
        StatusReason reason,
        String reasonNote,
        String note,
        StatusSource source) {
}
