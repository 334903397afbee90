package org.casework.query.client;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.casework.domain.plan.PlanAdopted;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One version of a client's individual plan; the highest version is the current plan. */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private UUID clientId;
    private int version;
    private LocalDate validFrom;
    private LocalDate reviewDue;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> goals;
    private Instant adoptedAt;
    private String adoptedBy;

    protected PlanVersion() {
    }

    PlanVersion(PlanAdopted event, Instant adoptedAt, String adoptedBy) {
        this.clientId = event.clientId();
        this.version = event.version();
        this.validFrom = event.validFrom();
        this.reviewDue = event.reviewDue();
        this.goals = event.goals();
        this.adoptedAt = adoptedAt;
        this.adoptedBy = adoptedBy;
    }

    ClientCard.Plan toPlan() {
        return new ClientCard.Plan(version, validFrom, reviewDue, goals, adoptedBy, adoptedAt);
    }
}
