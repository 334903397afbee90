package org.casework.command.rules;

import java.time.LocalDate;

/** The date rules shared by every aggregate: business dates may be backdated, never in the future. */
public final class BusinessDates {

    private BusinessDates() {
    }

    public static void notInFuture(Violations violations, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            violations.add(field, "not-in-future", "must not be after today (" + today + ")");
        }
    }

    /** {@code later} may be the same day as {@code earlier}, never before it. */
    public static void notBefore(Violations violations, String field, LocalDate later, LocalDate earlier,
                                 String rule, String earlierName) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            violations.add(field, rule, "must not be before " + earlierName + " (" + earlier + ")");
        }
    }
}
