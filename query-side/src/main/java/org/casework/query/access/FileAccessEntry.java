package org.casework.query.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One worker's access to one file, for the visibility condition of JPA queries ({@link Visibility}); written by
 * {@link FileAccessProjection} only. A share's days are those of its consent; a responsible worker's are open.
 */
@Entity
@Table(name = "file_access")
@IdClass(FileAccessEntry.Key.class)
class FileAccessEntry {

    @Id
    @Column(name = "file_id")
    private UUID fileId;
    @Id
    private String worker;
    @Id
    @Enumerated(EnumType.STRING)
    private AccessBasis basis;
    @Column(name = "file_kind")
    private String fileKind;
    @Column(name = "consent_id")
    private UUID consentId;
    @Column(name = "first_day")
    private LocalDate firstDay;
    @Column(name = "last_day")
    private LocalDate lastDay;

    protected FileAccessEntry() {
    }

    record Key(UUID fileId, String worker, AccessBasis basis) implements Serializable {
    }
}
