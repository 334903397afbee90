package org.casework.query.status;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.casework.domain.Erasure;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.query.care.FileKind;
import org.casework.query.support.InsertedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One status entry as recorded, with who recorded it and when. */
@Entity
@Table(name = "status_entry")
class StatusEntryView extends InsertedEntity<String> {

    @Id
    private String eventId;
    private UUID fileId;
    @Enumerated(EnumType.STRING)
    private FileKind fileKind;
    private long seq;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate effectiveDate;
    @Enumerated(EnumType.STRING)
    private StatusReason reason;
    private String reasonNote;
    private String note;
    @Enumerated(EnumType.STRING)
    private StatusSource source;
    private Instant recordedAt;
    private String recordedBy;
    /** Set when the entry was marked as entered in error, by the event that did so. */
    private String inErrorEventId;
    private String inErrorReason;
    private boolean inErrorBySystem;
    private Instant inErrorAt;
    private String inErrorBy;

    protected StatusEntryView() {
    }

    StatusEntryView(String eventId, FileKind fileKind, UUID fileId, long seq, StatusEntry entry, Instant recordedAt, String recordedBy) {
        this.eventId = eventId;
        this.fileKind = fileKind;
        this.fileId = fileId;
        this.seq = seq;
        this.status = entry.status();
        this.effectiveDate = entry.effectiveDate();
        this.reason = entry.reason();
        this.reasonNote = entry.reasonNote();
        this.note = entry.note();
        this.source = entry.source();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    @Override
    public String getId() {
        return eventId;
    }

    void erase() {
        reasonNote = Erasure.text(reasonNote);
        note = Erasure.text(note);
        inErrorReason = Erasure.text(inErrorReason);
    }

    void markInError(String eventId, String reason, boolean bySystem, Instant at, String by) {
        inErrorEventId = eventId;
        inErrorReason = reason;
        inErrorBySystem = bySystem;
        inErrorAt = at;
        inErrorBy = by;
    }

    boolean inError() {
        return inErrorEventId != null;
    }

    /** Who marked the entry in error, when and why; null while it counts. */
    StatusQueries.InError error() {
        return inError() ? new StatusQueries.InError(inErrorReason, inErrorBySystem, inErrorBy, inErrorAt) : null;
    }

    StatusEntry entry() {
        return new StatusEntry(status, effectiveDate, reason, reasonNote, note, source);
    }

    UUID fileId() {
        return fileId;
    }

    FileKind fileKind() {
        return fileKind;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }
}
