package org.casework.command.household;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.domain.household.HouseholdMember;
import org.casework.domain.household.Income;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Records a household and income assessment of a client; the totals are computed, never given. */
public record AssessHousehold(
        @TargetAggregateIdentifier UUID clientId,
        UUID assessmentId,
        LocalDate assessedOn,
        Integer peopleInDwelling,
        List<HouseholdMember> members,
        List<Income> clientIncomes) {
}
