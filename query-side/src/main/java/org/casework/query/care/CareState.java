package org.casework.query.care;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.casework.domain.Erasure;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusTimeline;
import org.casework.query.status.Colour;
import org.casework.query.status.ColourFacts;
import org.casework.query.status.Colouring;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The status in force and the current plan of a client's or a family's file: what its colour depends on. The colour
 * is also kept, with the day it was found and the first day it may differ ({@code colourUntil}, null when no date can
 * change it): the projection colours the file on every change, {@link KeptColours} each day the files whose day has
 * come.
 */
@Embeddable
public class CareState {

    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate statusSince;
    @Enumerated(EnumType.STRING)
    private StatusReason statusReason;
    private String statusReasonNote;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<StatusEntry> statusEntries = new ArrayList<>();
    /** The indexes (recording order) of the entries marked as entered in error. */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Integer> statusErrors = new ArrayList<>();
    private Integer planVersion;
    private LocalDate planValidFrom;
    private LocalDate planReviewDue;
    @Enumerated(EnumType.STRING)
    private Colour colour;
    private String colourExplanation;
    private LocalDate colouredOn;
    private LocalDate colourUntil;
    private LocalDate redSince;

    /** The current status as {@link StatusTimeline} decides it; since = the start of the current period. */
    public void statusRecorded(StatusEntry entry) {
        List<StatusEntry> entries = new ArrayList<>(statusEntries);
        entries.add(entry);
        statusEntries = entries;
        decideStatus();
    }

    /** The entry at {@code index} (recording order) was entered in error: the status is decided without it. */
    public void statusInError(int index) {
        List<Integer> errors = new ArrayList<>(statusErrors == null ? List.of() : statusErrors);
        errors.add(index);
        statusErrors = errors;
        decideStatus();
    }

    private void decideStatus() {
        StatusTimeline timeline = new StatusTimeline(statusEntries,
                Set.copyOf(statusErrors == null ? List.of() : statusErrors));
        StatusEntry current = timeline.current().orElse(null);
        List<StatusTimeline.Period> periods = timeline.periods();
        status = current == null ? null : current.status();
        statusSince = current == null ? null : periods.get(periods.size() - 1).from();
        statusReason = current == null ? null : current.reason();
        statusReasonNote = current == null ? null : current.reasonNote();
    }

    public void erase() {
        statusReasonNote = Erasure.text(statusReasonNote);
        statusEntries = Erasure.erase(statusEntries);
        colourExplanation = null;
        colour = null;
    }

    /** Keeps the colour for {@code today}, with the day it may change and, when red, since when it contradicts. */
    public void recolour(List<ContractView> contracts, LocalDate today) {
        Colouring.Result result = colouring(contracts, today);
        List<ColourFacts.Contract> facts = contracts.stream().map(ContractView::fact).toList();
        colour = result.colour();
        colourExplanation = result.explanation();
        colouredOn = today;
        colourUntil = ColourDays.nextChange(facts, planReviewDue, today);
        redSince = colour == Colour.RED ? ColourDays.contradictsSince(facts, statusSince, today) : null;
    }

    /** The kept colour if it holds on {@code day}, else the colour computed from the file's contracts. */
    public Colouring.Result colourOn(LocalDate day, List<ContractView> contracts) {
        return holdsOn(day) ? new Colouring.Result(colour, colourExplanation) : colouring(contracts, day);
    }

    /** Whether the kept colour is the colour on {@code day}: kept on or before it, and not changed since. */
    public boolean holdsOn(LocalDate day) {
        return colour != null && !colouredOn.isAfter(day) && (colourUntil == null || colourUntil.isAfter(day));
    }

    public void planAdopted(int version, LocalDate validFrom, LocalDate reviewDue) {
        planVersion = version;
        planValidFrom = validFrom;
        planReviewDue = reviewDue;
    }

    public Status status() {
        return status;
    }

    public LocalDate statusSince() {
        return statusSince;
    }

    public CurrentStatus currentStatus() {
        return status == null ? null : new CurrentStatus(status, statusSince, statusReason, statusReasonNote);
    }

    private static final Comparator<ContractView> IN_ORDER = Comparator
            .comparing((ContractView c) -> c.fact().firstValidDay()).thenComparing(ContractView::getId);

    /** The colour for {@code today}, given the file's contracts. */
    public Colouring.Result colouring(List<ContractView> contracts, LocalDate today) {
        contracts = contracts.stream().sorted(IN_ORDER).toList();
        ColourFacts.Contract valid = contracts.stream().map(ContractView::fact).filter(c -> c.validOn(today))
                .max(Comparator.comparing(c -> c.lastValidDay() == null ? LocalDate.MAX : c.lastValidDay()))
                .orElse(null);
        ColourFacts.Contract other = contracts.isEmpty() ? null : contracts.get(contracts.size() - 1).fact();
        return Colouring.of(new ColourFacts(status, statusSince, statusReason, statusReasonNote, valid, other,
                planReviewDue), today);
    }
}
