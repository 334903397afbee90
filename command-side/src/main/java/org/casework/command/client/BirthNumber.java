package org.casework.command.client;

import org.casework.command.rules.InvalidValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Czech birth number (rodné číslo), rule R7: nine or ten digits with an optional slash after the sixth.
 * The first six digits are the birth date YYMMDD, where women have 50 added to the month and, from 2004 on,
 * a further 20 may be added when a day's numbers run out (so months 21–32 and 71–82). Nine-digit numbers were
 * issued only for births before 1954. A ten-digit number's first nine digits taken modulo 11, then modulo 10,
 * equal its last digit.
 */
public final class BirthNumber {

    private static final Pattern SHAPE = Pattern.compile("(\\d{6})/?(\\d{3,4})");
    private static final int LAST_NINE_DIGIT_YEAR = 1953;
    private static final int OVERFLOW_FROM_YEAR = 2004;

    private final String formatted;
    private final LocalDate birthDate;

    private BirthNumber(String formatted, LocalDate birthDate) {
        this.formatted = formatted;
        this.birthDate = birthDate;
    }

    /** Parses and checks a birth number; throws {@link InvalidValue} naming the broken rule. */
    public static BirthNumber parse(String text) {
        Matcher matcher = SHAPE.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new InvalidValue("birth-number-format",
                    "must be 9 or 10 digits, optionally with a slash after the sixth (YYMMDD/SSSS)");
        }
        String datePart = matcher.group(1);
        String serial = matcher.group(2);
        boolean tenDigits = serial.length() == 4;
        int yy = Integer.parseInt(datePart.substring(0, 2));
        int encodedMonth = Integer.parseInt(datePart.substring(2, 4));
        int day = Integer.parseInt(datePart.substring(4, 6));

        int year = tenDigits ? (yy < 54 ? 2000 + yy : 1900 + yy) : 1900 + yy;
        if (!tenDigits && year > LAST_NINE_DIGIT_YEAR) {
            throw new InvalidValue("birth-number-nine-digits-before-1954",
                    "a nine-digit birth number exists only for births before 1954; this one encodes " + year);
        }
        int month = decodeMonth(encodedMonth, year);
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidValue("birth-number-date", "encodes a date that does not exist: " + datePart);
        }
        if (tenDigits) {
            long firstNine = Long.parseLong(datePart + serial.substring(0, 3));
            int checkDigit = serial.charAt(3) - '0';
            if (firstNine % 11 % 10 != checkDigit) {
                throw new InvalidValue("birth-number-check-digit",
                        "the check digit does not match (first nine digits mod 11, then mod 10, must equal the last)");
            }
        }
        return new BirthNumber(datePart + "/" + serial, birthDate);
    }

    private static int decodeMonth(int encoded, int year) {
        if (encoded >= 1 && encoded <= 12) {
            return encoded;
        }
        if (encoded >= 51 && encoded <= 62) {
            return encoded - 50;
        }
        boolean overflow = (encoded >= 21 && encoded <= 32) || (encoded >= 71 && encoded <= 82);
        if (overflow) {
            if (year < OVERFLOW_FROM_YEAR) {
                throw new InvalidValue("birth-number-date",
                        "month " + encoded + " (+20 overflow) is used only for births from 2004 on");
            }
            return encoded > 70 ? encoded - 70 : encoded - 20;
        }
        throw new InvalidValue("birth-number-date", "encodes a month that does not exist: " + encoded);
    }

    /** The normalised form, {@code YYMMDD/SSSS} or {@code YYMMDD/SSS}. */
    public String formatted() {
        return formatted;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    @Override
    public String toString() {
        return formatted;
    }
}
