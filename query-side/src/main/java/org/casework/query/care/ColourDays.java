package org.casework.query.care;

import org.casework.query.status.ColourFacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The days that make a kept colour change with no new event: a contract's first valid day and the day after its
 * last, and the day after the plan's review date. Between two of them the colour and its explanation stay the same.
 */
final class ColourDays {

    private ColourDays() {
    }

    /** The first day after {@code today} on which the colour may differ, or null if no date will change it. */
    static LocalDate nextChange(List<ColourFacts.Contract> contracts, LocalDate planReviewDue, LocalDate today) {
        return Stream.concat(
                        contracts.stream().flatMap(c -> Stream.of(c.firstValidDay(),
                                c.lastValidDay() == null ? null : c.lastValidDay().plusDays(1))),
                        Stream.of(planReviewDue == null ? null : planReviewDue.plusDays(1)))
                .filter(Objects::nonNull).filter(day -> day.isAfter(today)).min(LocalDate::compareTo).orElse(null);
    }

    /**
     * Since when a red file's status and contracts contradict each other: with a contract valid today, since the
     * later of the status and the first valid day of the earliest such contract; with none, since the later of the
     * status and the day after the last contract ended (the status alone when none ended).
     */
    static LocalDate contradictsSince(List<ColourFacts.Contract> contracts, LocalDate statusSince, LocalDate today) {
        LocalDate contractDay = contracts.stream().anyMatch(c -> c.validOn(today))
                ? contracts.stream().filter(c -> c.validOn(today)).map(ColourFacts.Contract::firstValidDay)
                .min(LocalDate::compareTo).orElseThrow()
                : contracts.stream().map(ColourFacts.Contract::lastValidDay)
                .filter(last -> last != null && last.isBefore(today)).max(LocalDate::compareTo)
                .map(last -> last.plusDays(1)).orElse(null);
        return later(statusSince, contractDay);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isAfter(a) ? a : b;
    }
}
