package org.casework.query.care;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.casework.domain.Erasure;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusTimeline;
import org.casework.query.status.ColourFacts;
import org.casework.query.status.Colouring;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The status in force and the current plan of a client's or a family's file: what its colour depends on. */
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
    private Integer planVersion;
    private LocalDate planValidFrom;
    private LocalDate planReviewDue;

    /** The current status as {@link StatusTimeline} decides it; since = the start of the current period. */
    public void statusRecorded(StatusEntry entry) {
        List<StatusEntry> entries = new ArrayList<>(statusEntries);
        entries.add(entry);
        statusEntries = entries;
        StatusTimeline timeline = new StatusTimeline(entries);
        StatusEntry current = timeline.current().orElseThrow();
        List<StatusTimeline.Period> periods = timeline.periods();
        status = current.status();
        statusSince = periods.get(periods.size() - 1).from();
        statusReason = current.reason();
        statusReasonNote = current.reasonNote();
    }

    public void erase() {
        statusReasonNote = Erasure.text(statusReasonNote);
        statusEntries = Erasure.erase(statusEntries);
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

    /** The colour for {@code today}, given the file's contracts (in order of their first valid day). */
    public Colouring.Result colouring(List<ContractView> contracts, LocalDate today) {
        ColourFacts.Contract valid = contracts.stream().map(ContractView::fact).filter(c -> c.validOn(today))
                .max(Comparator.comparing(c -> c.lastValidDay() == null ? LocalDate.MAX : c.lastValidDay()))
                .orElse(null);
        ColourFacts.Contract other = contracts.isEmpty() ? null : contracts.get(contracts.size() - 1).fact();
        return Colouring.of(new ColourFacts(status, statusSince, statusReason, statusReasonNote, valid, other,
                planReviewDue), today);
    }
}
