package org.casework.query.reminder;

import org.casework.query.access.Viewer;

import java.time.LocalDate;

/**
 * What falls due from {@code today} to {@code until} (both included) in the files and engagements whose responsible
 * worker is {@code worker}, among those visible to the viewer: every kind but {@link ReminderKind#NO_CONTACT},
 * whose day the command side's rule gives from {@link FindContactFacts}. Answers a list ordered by day.
 */
public record FindReminders(
        LocalDate today,
        LocalDate until,
        int consultationGapDays,
        int openEngagementDays,
        String worker,
        Viewer viewer) {
}
