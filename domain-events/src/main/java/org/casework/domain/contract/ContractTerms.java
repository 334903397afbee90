package org.casework.domain.contract;

import java.time.LocalDate;

/**
 * When a contract is valid: on a day D when it was signed on or before D, D is not before its start, and it neither
 * expired (valid-to) nor was ended before D. A contract valid to today, or ended today, is still valid today.
 */
public record ContractTerms(LocalDate signedOn, LocalDate validFrom, LocalDate validTo, LocalDate endedOn) {

    public ContractTerms endedOn(LocalDate day) {
        return new ContractTerms(signedOn, validFrom, validTo, day);
    }

    public LocalDate firstValidDay() {
        return signedOn.isAfter(validFrom) ? signedOn : validFrom;
    }

    /** The last day it is valid, or {@code null} while it runs with no end. */
    public LocalDate lastValidDay() {
        if (validTo == null) {
            return endedOn;
        }
        return endedOn != null && endedOn.isBefore(validTo) ? endedOn : validTo;
    }

    public boolean validOn(LocalDate day) {
        return validOn(day, firstValidDay(), lastValidDay());
    }

    /** A contract whose first and last valid days are known ({@code last} null: no end) is valid on {@code day}. */
    public static boolean validOn(LocalDate day, LocalDate first, LocalDate last) {
        return !day.isBefore(first) && (last == null || !day.isAfter(last));
    }
}
