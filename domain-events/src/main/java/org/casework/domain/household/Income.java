package org.casework.domain.household;

import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.util.List;

/**
 * One monthly income of a person: its type (field 13 / 26), its kind from that type's list and the amount in whole
 * crowns or forints (fields 14–25 / 27–38). {@code kindNote} names a kind {@code OTHER}.
 */
public record Income(IncomeType type, IncomeKind kind, @Personal String kindNote, long monthlyAmount) {

    public static long sum(List<Income> incomes) {
        return incomes.stream().mapToLong(Income::monthlyAmount).sum();
    }

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
