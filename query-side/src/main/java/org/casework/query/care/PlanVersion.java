package org.casework.query.care;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.casework.domain.Erasure;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One version of a client's or a family's individual plan; the highest version is the current plan. */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_version_id_seq")
    @SequenceGenerator(name = "plan_version_id_seq", sequenceName = "plan_version_id_seq", allocationSize = 50)
    private Long id;
    private UUID fileId;
    @Enumerated(EnumType.STRING)
    private FileKind fileKind;
    private int version;
    private LocalDate validFrom;
    private LocalDate reviewDue;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> goals;
    private Instant adoptedAt;
    private String adoptedBy;

    protected PlanVersion() {
    }

    public PlanVersion(FileKind fileKind, UUID fileId, int version, LocalDate validFrom, LocalDate reviewDue,
                       List<String> goals, Instant adoptedAt, String adoptedBy) {
        this.fileKind = fileKind;
        this.fileId = fileId;
        this.version = version;
        this.validFrom = validFrom;
        this.reviewDue = reviewDue;
        this.goals = goals;
        this.adoptedAt = adoptedAt;
        this.adoptedBy = adoptedBy;
    }

    public UUID fileId() {
        return fileId;
    }

    public void erase() {
        goals = Erasure.texts(goals);
    }

    public PlanCard toPlan() {
        return new PlanCard(version, validFrom, reviewDue, goals, adoptedBy, adoptedAt);
    }
}
