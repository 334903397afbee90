package org.casework.api.page;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, times, numbers and code-list values as the page's language writes them ({@code ${@formats.date(x)}}).
 * The API's values come as JSON: ISO dates and instants, numbers, codes.
 */
@Component("formats")
public class Formats {

    private final MessageSource messages;
    private final Clock clock;

    Formats(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** {@code 2026-12-01} as "1. 12. 2026", "2026. dec. 1." or "Dec 1, 2026"; anything else as it is. */
    public String date(Object iso) {
        if (iso == null || iso.toString().isEmpty()) {
            return "";
        }
        try {
            return LocalDate.parse(iso.toString())
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    /** An instant in the organisation's time zone, to the minute. */
    public String dateTime(Object iso) {
        if (iso == null || iso.toString().isEmpty()) {
            return "";
        }
        try {
            Instant instant = iso.toString().endsWith("Z") ? Instant.parse(iso.toString())
                    : OffsetDateTime.parse(iso.toString()).toInstant();
            return instant.atZone(clock.getZone()).format(DateTimeFormatter
                    .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale()));
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    public String number(Object value) {
        if (value == null || value.toString().isEmpty()) {
            return "";
        }
        try {
            NumberFormat format = NumberFormat.getNumberInstance(locale());
            format.setMaximumFractionDigits(2);
            return format.format(new BigDecimal(value.toString()));
        } catch (NumberFormatException e) {
            return value.toString();
        }
    }

    /** A value of a code list ({@code status}, {@code reason}, {@code consultation-kind}...) in the page's language. */
    public String code(String list, Object value) {
        if (value == null || value.toString().isEmpty()) {
            return "";
        }
        return messages.getMessage("code." + list + "." + value, null, value.toString(), locale());
    }

    /** Today, in the organisation's time zone, as ISO (the value of a date input). */
    public String today() {
        return LocalDate.now(clock).toString();
    }
}
