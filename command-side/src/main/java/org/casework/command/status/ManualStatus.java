package org.casework.command.status;

import org.casework.domain.status.Status;
import org.casework.domain.status.StatusReason;

import java.time.LocalDate;

/** A status entry as a worker types it. */
public record ManualStatus(Status status, LocalDate effectiveDate, StatusReason reason, String reasonNote,
                           String note) {
}
