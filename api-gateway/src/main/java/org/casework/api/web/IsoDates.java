package org.casework.api.web;

import org.casework.command.rules.InvalidValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one form of a day the API reads, in bodies and parameters alike: {@code yyyy-MM-dd}, years 0001 to 9999 (so
 * year 0, negative years and PostgreSQL's unstorable extremes never reach a command or a query). The plausible range
 * of each field is the command side's rule (BusinessDates).
 */
final class IsoDates {

    /** Not a day in this form: the rule every wrongly typed value breaks. */
    static final String DATE = "type";
    static final String DATE_RANGE = "date-range";
    private static final Pattern ISO = Pattern.compile("([+-]?\\d+)-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {
    }

    /** The day {@code text} names; an {@link InvalidValue} naming rule {@code date} or {@code date-range} if none. */
    static LocalDate parse(String text) {
        Matcher iso = ISO.matcher(text);
        if (!iso.matches()) {
            throw new InvalidValue(DATE, "must be a date like 2025-03-31 (yyyy-MM-dd)");
        }
        String year = iso.group(1);
        if (year.length() != 4 || year.equals("0000")) {
            throw new InvalidValue(DATE_RANGE, "must have a year from 0001 to 9999, written with four digits");
        }
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeException e) {
            throw new InvalidValue(DATE, "is not a day of the calendar (yyyy-MM-dd)");
        }
    }
}
