package org.casework.query.household;

import org.casework.domain.household.HouseholdMember;
import org.casework.domain.household.Income;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An assessment as the API shows it; {@code totalIncome} is field 39, {@code perCapitaIncome} field 40. */
public record HouseholdAssessment(
        UUID id,
        LocalDate assessedOn,
        int peopleInDwelling,
        List<HouseholdMember> members,
        List<Income> clientIncomes,
        long totalIncome,
        BigDecimal perCapitaIncome,
        Instant recordedAt,
        String recordedBy) {
}
