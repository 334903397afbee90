package org.casework.query.status;

import org.casework.domain.contract.ContractTerms;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusReason;

import java.time.LocalDate;

/**
 * What the colour of a file depends on.
 *
 * @param validContract a contract valid on the day of the question, if any
 * @param otherContract when none is valid: the contract that started last (to say what happened to it)
 * @param planReviewDue the review date of the current individual plan, {@code null} without a plan
 */
public record ColourFacts(
        Status status,
        LocalDate statusSince,
        StatusReason reason,
        String reasonNote,
        Contract validContract,
        Contract otherContract,
        LocalDate planReviewDue) {

    /** A contract as the explanation names it; {@code lastValidDay} is null for one with no end. */
    public record Contract(String number, LocalDate firstValidDay, LocalDate lastValidDay) {

        public boolean validOn(LocalDate day) {
            return ContractTerms.validOn(day, firstValidDay, lastValidDay);
        }
    }
}
