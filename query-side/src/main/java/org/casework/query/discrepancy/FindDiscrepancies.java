package org.casework.query.discrepancy;

import org.casework.query.access.Viewer;
import org.casework.query.support.Paging;

import java.time.LocalDate;

/**
 * The discrepancies on {@code today} with the organisation's settings G ({@code consultationGapDays}) and L
 * ({@code openEngagementDays}), oldest first; {@code kind} and {@code worker} are optional filters, and a
 * {@code null} paging asks for every row (the CSV export). Only files visible to the viewer
 * are looked at.
 */
public record FindDiscrepancies(
        LocalDate today,
        int consultationGapDays,
        int openEngagementDays,
        DiscrepancyKind kind,
        String worker,
        Viewer viewer,
        Paging paging) {
}
