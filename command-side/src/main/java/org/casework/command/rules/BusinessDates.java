package org.casework.command.rules;

import java.time.LocalDate;
import java.util.Set;

/**
 * The date rules shared by every aggregate: business dates may be backdated, never in the future; and every date
 * of every command lies in the plausible range of its field ({@link #rangeOf}), applied to each command by
 * {@link CommandInputGuard}.
 */
public final class BusinessDates {

    public static final String DATE_RANGE = "date-range";
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1880, 1, 1);
    static final LocalDate EARLIEST_BUSINESS_DATE = LocalDate.of(1990, 1, 1);
    static final int BUSINESS_YEARS_AHEAD = 1;
    static final int TERM_YEARS_AHEAD = 10;
    /** Fields that end a term agreed for years: a contract's last day, a plan's review, a consent's expiry. */
    private static final Set<String> TERM_ENDS = Set.of("validTo", "validUntil", "reviewDue");

    private BusinessDates() {
    }

    /** The days from {@code earliest} to {@code latest}, both included. */
    public record Range(LocalDate earliest, LocalDate latest) {

        boolean contains(LocalDate date) {
            return !date.isBefore(earliest) && !date.isAfter(latest);
        }
    }

    /**
     * The plausible range of a date field, by its name: birth dates from 1880; the ends of terms (validTo,
     * validUntil, reviewDue) from 1990 to ten years ahead; every other date, a business date, from 1990 to one year
     * ahead. It is the outer bound: a field's stricter rules (not in the future, not before another date) answer
     * within it, so a birth date of tomorrow is "not-in-future" as before, and one of 1879 "date-range".
     */
    public static Range rangeOf(String field, LocalDate today) {
        if (field.equals("birthDate")) {
            return new Range(EARLIEST_BIRTH_DATE, today.plusYears(BUSINESS_YEARS_AHEAD));
        }
        if (TERM_ENDS.contains(field)) {
            return new Range(EARLIEST_BUSINESS_DATE, today.plusYears(TERM_YEARS_AHEAD));
        }
        return new Range(EARLIEST_BUSINESS_DATE, today.plusYears(BUSINESS_YEARS_AHEAD));
    }

    /** Records a violation at {@code path} unless the date lies in the range of the field {@code field}. */
    public static void inRange(Violations violations, String path, String field, LocalDate date, LocalDate today) {
        Range range = rangeOf(field, today);
        if (date != null && !range.contains(date)) {
            violations.add(path, DATE_RANGE,
                    "must be between " + range.earliest() + " and " + range.latest() + " (both included)");
        }
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
