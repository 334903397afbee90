package org.casework.query.status;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.casework.domain.status.StatusSource;
import org.casework.query.care.FileKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The status entries of one kind of file and one source that take effect on one day. Written by a rebuild. */
@Entity
@Table(name = "status_entry_day")
@IdClass(StatusEntryDayView.Key.class)
class StatusEntryDayView {

    @Id
    private LocalDate day;
    @Id
    @Enumerated(EnumType.STRING)
    private FileKind fileKind;
    @Id
    @Enumerated(EnumType.STRING)
    private StatusSource source;
    private int entries;

    protected StatusEntryDayView() {
    }

    StatusEntryDayView(StatusDayCounts.EntryKey key, int entries) {
        this.day = key.day();
        this.fileKind = key.fileKind();
        this.source = key.source();
        this.entries = entries;
    }

    static class Key implements Serializable {

        private LocalDate day;
        private FileKind fileKind;
        private StatusSource source;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(day, key.day) && fileKind == key.fileKind
                    && source == key.source;
        }

        @Override
        public int hashCode() {
            return Objects.hash(day, fileKind, source);
        }
    }
}
