package org.casework.domain.household;

import org.casework.domain.Erasure;
import org.casework.domain.ClientEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The household and incomes of a client as assessed on {@code assessedOn} (seed 002, FOLYAMATŰRLAP fields 7–38).
 * A new assessment does not change an older one; the latest on or before a day is the one in force that day.
 * The total (field 39) and the per-capita income (field 40) are derived here and never entered.
 *
 * @param peopleInDwelling field 7: everyone living in the dwelling, the client included
 * @param members          fields 8–25: the other people in the dwelling
 * @param clientIncomes    fields 26–38: the client's own incomes; empty when the client has none
 */
public record HouseholdAssessed(
        UUID clientId,
        UUID assessmentId,
        LocalDate assessedOn,
        int peopleInDwelling,
        List<HouseholdMember> members,
        List<Income> clientIncomes) implements ClientEvent {

    /** Field 39: every monthly income of the client and of every member. */
    public long totalIncome() {
        return Income.sum(clientIncomes) + members.stream().mapToLong(member -> Income.sum(member.incomes())).sum();
    }

    /** Field 40: the total divided by the people in the dwelling, to the hundredth (half up). */
    public BigDecimal perCapitaIncome() {
        return BigDecimal.valueOf(totalIncome()).divide(BigDecimal.valueOf(peopleInDwelling), 2,
                RoundingMode.HALF_UP);
    }

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
