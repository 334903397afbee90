package org.casework.query.chronology;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.casework.domain.Erasure;
import org.casework.domain.engagement.ConsultationCorrected;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.query.support.InsertedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One consultation in the chronology of all work. */
@Entity
@Table(name = "chronology_entry")
public class ChronologyEntry extends InsertedEntity<UUID> {

    @Id
    private UUID consultationId;
    private UUID engagementId;
    private UUID clientId;
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    private ConsultationKind kind;
    private int durationMinutes;
    private Integer travelMinutes;
    @Enumerated(EnumType.STRING)
    private ConsultationPlace place;
    private String placeNote;
    private String worker;
    private String record;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> participants;
    private Instant recordedAt;
    private String recordedBy;

    protected ChronologyEntry() {
    }

    ChronologyEntry(ConsultationRecorded event, Instant recordedAt, String recordedBy) {
        consultationId = event.consultationId();
        engagementId = event.engagementId();
        clientId = event.clientId();
        date = event.date();
        kind = event.kind();
        durationMinutes = event.durationMinutes();
        travelMinutes = event.travelMinutes();
        place = event.place();
        placeNote = event.placeNote();
        worker = event.worker();
        record = event.record();
        participants = event.participants();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** Every field as corrected; who recorded it and when stay those of the first recording. */
    void corrected(ConsultationCorrected event) {
        date = event.date();
        kind = event.kind();
        durationMinutes = event.durationMinutes();
        travelMinutes = event.travelMinutes();
        place = event.place();
        placeNote = event.placeNote();
        worker = event.worker();
        record = event.record();
        participants = event.participants();
    }

    @Override
    public UUID getId() {
        return consultationId;
    }

    void movedTo(UUID client) {
        clientId = client;
    }

    void erase() {
        placeNote = Erasure.text(placeNote);
        record = Erasure.text(record);
        participants = Erasure.texts(participants);
    }

    UUID clientId() {
        return clientId;
    }

    UUID engagementId() {
        return engagementId;
    }

    ChronologyRow toRow(String clientName, String engagementTitle) {
        return new ChronologyRow(consultationId, date, kind, durationMinutes, travelMinutes, place, placeNote, worker, record,
                participants, clientId, clientName, engagementId, engagementTitle, recordedAt, recordedBy);
    }
}
