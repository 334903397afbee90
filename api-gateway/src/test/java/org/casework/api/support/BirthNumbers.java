package org.casework.api.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid birth numbers no other test of this JVM uses (a birth number belongs to one file): the date part as given,
 * a fresh serial and its check digit.
 */
public final class BirthNumbers {

    private static final AtomicInteger SERIALS = new AtomicInteger(500);

    private BirthNumbers() {
    }

    /** {@code YYMMDD/SSSC} for a date part of a birth after 1953 ({@code "855101"}: a woman born 1985-01-01). */
    public static String next(String datePart) {
        String firstNine = datePart + "%03d".formatted(SERIALS.getAndIncrement() % 1000);
        return firstNine.substring(0, 6) + "/" + firstNine.substring(6) + Long.parseLong(firstNine) % 11 % 10;
    }
}
