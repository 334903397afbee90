package org.casework.domain.household;

import java.time.LocalDate;
import java.util.List;

/**
 * Someone living in the client's dwelling (seed 002, fields 8–25).
 *
 * @param connections field 10: institutions and contacts linked to the person
 * @param incomes     fields 13–25; empty when the person has no income
 */
public record HouseholdMember(
        String name,
        String birthPlace,
        LocalDate birthDate,
        HouseholdRelation relation,
        String relationNote,
        Tenure tenure,
        String tenureNote,
        String connections,
        List<Income> incomes) {
}
