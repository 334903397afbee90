package org.casework.query.discrepancy;

import org.casework.query.access.Viewer;

import java.time.LocalDate;

/** How many discrepancies {@link FindDiscrepancies} with the same filters would list, without listing them. */
public record CountDiscrepancies(
        LocalDate today,
        int consultationGapDays,
        int openEngagementDays,
        DiscrepancyKind kind,
        String worker,
        Viewer viewer) {

    FindDiscrepancies all() {
        return new FindDiscrepancies(today, consultationGapDays, openEngagementDays, kind, worker, viewer, null);
    }
}
