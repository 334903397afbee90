package org.casework.query.status;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusTimeline;
import org.casework.query.care.FileKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A stretch of time a client or a family spent in one status, as {@link StatusTimeline#periods()} computes it. */
@Entity
@Table(name = "status_period")
class StatusPeriodView {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_period_id_seq")
    @SequenceGenerator(name = "status_period_id_seq", sequenceName = "status_period_id_seq", allocationSize = 50)
    private Long id;
    private UUID fileId;
    @Enumerated(EnumType.STRING)
    private FileKind fileKind;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private StatusReason reason;
    private LocalDate startedOn;
    private LocalDate endedOn;
    /** When the file's previous period in the same status started; null for its first. */
    private LocalDate previousStartedOn;

    protected StatusPeriodView() {
    }

    private StatusPeriodView(FileKind fileKind, UUID fileId, StatusTimeline.Period period,
                             LocalDate previousStartedOn) {
        this.fileKind = fileKind;
        this.fileId = fileId;
        this.status = period.status();
        this.reason = period.entry().reason();
        this.startedOn = period.from();
        this.endedOn = period.until();
        this.previousStartedOn = previousStartedOn;
    }

    /** The rows of a file's periods, oldest first. */
    static List<StatusPeriodView> of(FileKind fileKind, UUID fileId, List<StatusTimeline.Period> periods) {
        Map<Status, LocalDate> lastStarts = new EnumMap<>(Status.class);
        List<StatusPeriodView> views = new ArrayList<>();
        for (StatusTimeline.Period period : periods) {
            views.add(new StatusPeriodView(fileKind, fileId, period, lastStarts.get(period.status())));
            lastStarts.put(period.status(), period.from());
        }
        return views;
    }

    UUID fileId() {
        return fileId;
    }

    FileKind fileKind() {
        return fileKind;
    }

    Status status() {
        return status;
    }

    StatusReason reason() {
        return reason;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    /** The first day of the next period; null while this one lasts. */
    LocalDate endedOn() {
        return endedOn;
    }
}
