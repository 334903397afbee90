package org.casework.query.status;

import org.casework.domain.status.Status;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.query.care.FileKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The questions the status read model answers, and its answers. */
public final class StatusQueries {

    private StatusQueries() {
    }

    /** The history of a client's or a family's file; {@code kind} says which one is asked for. */
    public record FindStatusHistory(FileKind kind, UUID id) {
    }

    /** Every entry ever made, those in error too, in effective-date order; the entry in force comes last. */
    public record StatusHistory(UUID id, FileKind kind, List<HistoryEntry> entries) {
    }

    /**
     * @param entry    the entry's number in recording order, from 0: how it is addressed to mark it in error
     * @param inError  who marked it as entered in error, when and why; null while it counts
     */
    public record HistoryEntry(
            int entry,
            Status status,
            LocalDate effectiveDate,
            StatusReason reason,
            String reasonNote,
            String note,
            StatusSource source,
            String recordedBy,
            Instant recordedAt,
            boolean current,
            boolean overridden,
            InError inError) {
    }

    /** An entry entered in error: struck through, it no longer counts. {@code bySystem} when a rule withdrew it. */
    public record InError(String reason, boolean bySystem, String markedBy, Instant markedAt) {
    }

    /** Counts for the period [from, to], both days included. */
    public record FindStatusStatistics(LocalDate from, LocalDate to) {
    }

    /** The same counts for clients and for families, never mixed (a family member is counted as a client). */
    public record StatusStatistics(LocalDate from, LocalDate to, Counts clients, Counts families) {
    }

    /**
     * @param inStatusOnTo    files in each status at the end of {@code to}
     * @param entered         files that entered each status during the period
     * @param reasons         rejections and terminations that took effect during the period, by reason
     * @param entriesBySource status entries with an effective date in the period, by who made them
     */
    public record Counts(
            Map<Status, Long> inStatusOnTo,
            Map<Status, Long> entered,
            Map<Status, Map<StatusReason, Long>> reasons,
            Map<StatusSource, Long> entriesBySource) {
    }
}
