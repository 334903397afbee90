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
import org.casework.query.care.FileKind;

import java.time.LocalDate;

/**
 * The periods in one status (and reason) that started and ended on one day. Written by a rebuild; live, the store
 * adds changes to it in SQL. The id is only a key: the reason, part of what the row counts, may be none.
 */
@Entity
@Table(name = "status_day")
class StatusDayView {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_day_id_seq")
    @SequenceGenerator(name = "status_day_id_seq", sequenceName = "status_day_id_seq", allocationSize = 50)
    private Long id;
    private LocalDate day;
    @Enumerated(EnumType.STRING)
    private FileKind fileKind;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private StatusReason reason;
    private int periodsStarted;
    private int periodsEnded;

    protected StatusDayView() {
    }

    StatusDayView(StatusDayCounts.PeriodKey key, StatusDayCounts.Periods periods) {
        this.day = key.day();
        this.fileKind = key.fileKind();
        this.status = key.status();
        this.reason = key.reason();
        this.periodsStarted = periods.started();
        this.periodsEnded = periods.ended();
    }
}
