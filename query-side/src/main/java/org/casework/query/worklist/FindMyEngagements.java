package org.casework.query.worklist;

import org.casework.query.access.Viewer;
import org.casework.query.support.Paging;

import java.time.LocalDate;

/**
 * The open engagements whose responsible worker is {@code worker}, across clients, among the files visible to the
 * viewer: the longest without a consultation first. G and L are the settings, for the discrepancy flags.
 */
public record FindMyEngagements(String worker, Viewer viewer, LocalDate today, int consultationGapDays,
                                int openEngagementDays, Paging paging) {
}
