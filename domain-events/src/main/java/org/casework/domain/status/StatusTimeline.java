package org.casework.domain.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Which status entry counts on which day (R2). The entry with the latest effective date on or before the day is
 * current; on the same effective date an entry by a worker (or by the family) wins over an automatic one, whichever
 * was recorded first; between equals the one recorded later wins. Backdated entries simply re-sort the history.
 * <p>
 * Both the aggregates and the read models decide with this one class.
 */
public final class StatusTimeline {

    private final List<StatusEntry> entries;
    private final Set<Integer> inError;

    /** @param entriesInRecordingOrder every entry ever made, oldest recording first */
    public StatusTimeline(List<StatusEntry> entriesInRecordingOrder) {
        this(entriesInRecordingOrder, Set.of());
    }

    /** @param inError the indexes (recording order) of the entries marked as entered in error */
    public StatusTimeline(List<StatusEntry> entriesInRecordingOrder, Set<Integer> inError) {
        this.entries = List.copyOf(entriesInRecordingOrder);
        this.inError = Set.copyOf(inError);
    }

    public static StatusTimeline empty() {
        return new StatusTimeline(List.of());
    }

    public StatusTimeline with(StatusEntry entry) {
        List<StatusEntry> more = new ArrayList<>(entries);
        more.add(entry);
        return new StatusTimeline(more, inError);
    }

    /** The same history with the entry at {@code index} (recording order) marked as entered in error. */
    public StatusTimeline withError(int index) {
        Set<Integer> more = new TreeSet<>(inError);
        more.add(index);
        return new StatusTimeline(entries, more);
    }

    public boolean isInError(int index) {
        return inError.contains(index);
    }

    /** The indexes (recording order) of the entries marked as entered in error. */
    public Set<Integer> inError() {
        return new TreeSet<>(inError);
    }

    /** The indexes (recording order) of the entries that count, oldest recording first. */
    public List<Integer> counting() {
        return IntStream.range(0, entries.size()).filter(i -> !inError.contains(i)).boxed().toList();
    }

    public List<StatusEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entry in force on {@code day}, if any entry takes effect on or before it. */
    public Optional<StatusEntry> on(LocalDate day) {
        return winnerIndex(day).map(entries::get);
    }

    /** The entry in force now: the winner of the latest effective date. */
    public Optional<StatusEntry> current() {
        return on(LocalDate.MAX);
    }

    public Optional<Status> statusOn(LocalDate day) {
        return on(day).map(StatusEntry::status);
    }

    /** Whether the entry at {@code index} (recording order) is the one in force now. */
    public boolean isCurrent(int index) {
        return winnerIndex(LocalDate.MAX).orElse(-1) == index;
    }

    /** An automatic entry loses to a worker's (or the family's) entry with the same effective date. */
    public boolean isOverridden(int index) {
        StatusEntry entry = entries.get(index);
        return !inError.contains(index) && !entry.source().outranksAutomatic() && counting().stream()
                .map(entries::get).anyMatch(other -> other.source().outranksAutomatic()
                        && other.effectiveDate().equals(entry.effectiveDate()));
    }

    /**
     * The history as consecutive periods: each starts on the day its entry took effect and lasts until the next
     * period starts ({@code until} exclusive, {@code null} while it lasts). Consecutive winners with the same status
     * and reason form one period.
     */
    public List<Period> periods() {
        List<LocalDate> days = counting().stream().map(i -> entries.get(i).effectiveDate()).distinct().sorted()
                .toList();
        List<Period> periods = new ArrayList<>();
        for (LocalDate day : days) {
            StatusEntry winner = entries.get(winnerIndex(day).orElseThrow());
            Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (last != null && last.entry().status() == winner.status() && last.entry().reason() == winner.reason()) {
                continue;
            }
            if (last != null) {
                periods.set(periods.size() - 1, new Period(last.entry(), last.from(), day));
            }
            periods.add(new Period(winner, day, null));
        }
        return periods;
    }

    /**
     * The indexes (recording order) of all entries, those in error too, sorted by precedence: the one in force
     * comes last.
     */
    public List<Integer> inEffectiveOrder() {
        return IntStream.range(0, entries.size()).boxed().sorted(precedence()).toList();
    }

    private Optional<Integer> winnerIndex(LocalDate day) {
        return counting().stream()
                .filter(i -> !entries.get(i).effectiveDate().isAfter(day))
                .max(precedence());
    }

    private Comparator<Integer> precedence() {
        return Comparator.<Integer, LocalDate>comparing(i -> entries.get(i).effectiveDate())
                .thenComparing(i -> entries.get(i).source().outranksAutomatic())
                .thenComparing(Comparator.naturalOrder());
    }

    /** A stretch of time in one status; {@code until} is the first day of the next period. */
    public record Period(StatusEntry entry, LocalDate from, LocalDate until) {

        public Status status() {
            return entry.status();
        }
    }
}
