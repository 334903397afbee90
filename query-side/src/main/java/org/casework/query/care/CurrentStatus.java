package org.casework.query.care;

import org.casework.domain.status.Status;
import org.casework.domain.status.StatusReason;

import java.time.LocalDate;

/** The status in force; {@code since} is the first day of the current period in that status. */
public record CurrentStatus(Status status, LocalDate since, StatusReason reason, String reasonNote) {
}
