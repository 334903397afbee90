package org.casework.query.household;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.casework.domain.Erasure;
import org.casework.domain.household.HouseholdAssessed;
import org.casework.domain.household.HouseholdMember;
import org.casework.domain.household.Income;
import org.casework.query.support.InsertedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One recorded assessment with its computed total and per-capita income, which the indicators aggregate. */
@Entity
@Table(name = "household_assessment")
class HouseholdAssessmentView extends InsertedEntity<UUID> {

    @Id
    private UUID id;
    private UUID clientId;
    private LocalDate assessedOn;
    private int peopleInDwelling;
    private long totalIncome;
    private BigDecimal perCapitaIncome;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<HouseholdMember> members;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Income> clientIncomes;
    private Instant recordedAt;
    private String recordedBy;

    protected HouseholdAssessmentView() {
    }

    HouseholdAssessmentView(HouseholdAssessed event, Instant recordedAt, String recordedBy) {
        id = event.assessmentId();
        clientId = event.clientId();
        assessedOn = event.assessedOn();
        peopleInDwelling = event.peopleInDwelling();
        totalIncome = event.totalIncome();
        perCapitaIncome = event.perCapitaIncome();
        members = event.members();
        clientIncomes = event.clientIncomes();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    UUID clientId() {
        return clientId;
    }

    void erase() {
        members = Erasure.erase(members);
        clientIncomes = Erasure.erase(clientIncomes);
    }

    @Override
    public UUID getId() {
        return id;
    }

    HouseholdAssessment toAssessment() {
        return new HouseholdAssessment(id, assessedOn, peopleInDwelling, members, clientIncomes, totalIncome,
                perCapitaIncome, recordedAt, recordedBy);
    }
}
