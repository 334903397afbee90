package org.casework.domain.household;

import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.List;

/**
 * Someone living in the client's dwelling (seed 002, fields 8–25).
 *
 * @param connections field 10: institutions and contacts linked to the person
 * @param incomes     fields 13–25; empty when the person has no income
 */
public record HouseholdMember(
        @Personal String name,
        @Personal String birthPlace,
        @Personal LocalDate birthDate,
        HouseholdRelation relation,
        @Personal String relationNote,
        Tenure tenure,
        @Personal String tenureNote,
        @Personal String connections,
        List<Income> incomes) {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
