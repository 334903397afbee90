package org.casework.query.status;

import org.casework.domain.status.Status;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The questions the status read model answers, and its answers. */
public final class StatusQueries {

    private StatusQueries() {
    }

    public record FindStatusHistory(UUID clientId) {
    }

    /** Every entry ever made, in effective-date order; the entry in force comes last. */
    public record StatusHistory(UUID clientId, List<HistoryEntry> entries) {
    }

    public record HistoryEntry(
            Status status,
            LocalDate effectiveDate,
            StatusReason reason,
            String reasonNote,
            String note,
            StatusSource source,
            String recordedBy,
            Instant recordedAt,
            boolean current,
            boolean overridden) {
    }

    /** Counts for the period [from, to], both days included. */
    public record FindStatusStatistics(LocalDate from, LocalDate to) {
    }

    /**
     * @param inStatusOnTo    clients in each status at the end of {@code to}
     * @param entered         clients who entered each status during the period
     * @param reasons         rejections and terminations that took effect during the period, by reason
     * @param entriesBySource status entries with an effective date in the period, by who made them
     */
    public record StatusStatistics(
            LocalDate from,
            LocalDate to,
            Map<Status, Long> inStatusOnTo,
            Map<Status, Long> entered,
            Map<Status, Map<StatusReason, Long>> reasons,
            Map<StatusSource, Long> entriesBySource) {
    }
}
