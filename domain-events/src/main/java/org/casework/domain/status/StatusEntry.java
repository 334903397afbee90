package org.casework.domain.status;

import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.time.LocalDate;

/**
 * One line of a status history. Entries are never edited or deleted; a correction is a new entry. Who recorded it
 * and when travel in the event metadata.
 */
public record StatusEntry(
        Status status,
        LocalDate effectiveDate,
        StatusReason reason,
        @Personal String reasonNote,
        @Personal String note,
        StatusSource source) {

    /** The same entry as it reaches the file of a family member when the family's status is shared. */
    public StatusEntry sharedByFamily() {
        return new StatusEntry(status, effectiveDate, reason, reasonNote, note, StatusSource.FAMILY);
    }

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
