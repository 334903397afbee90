package org.casework.api.statistics;

import org.casework.api.web.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks of the statistics' query parameters; a broken one answers 400 naming it. */
final class StatisticsParameters {

    static final int MAX_INCOME_BANDS = 20;

    private StatisticsParameters() {
    }

    static void period(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "not-before-from", "must not be before from (" + from + ")");
        }
    }

    /**
     * The lower bounds of the income bands, strictly ascending and not negative; a band from 0 is added when the
     * first bound is above 0, so every assessed client falls into exactly one band.
     */
    static List<Long> incomeBands(List<Long> bounds) {
        if (bounds == null || bounds.isEmpty()) {
            return List.of();
        }
        if (bounds.contains(null)) {
            throw new InvalidInputException("incomeBands", "required", "must not contain an empty bound");
        }
        if (bounds.size() > MAX_INCOME_BANDS) {
            throw new InvalidInputException("incomeBands", "size",
                    "must not have more than " + MAX_INCOME_BANDS + " bounds");
        }
        if (bounds.get(0) < 0) {
            throw new InvalidInputException("incomeBands", "not-negative", "must not be negative");
        }
        for (int i = 1; i < bounds.size(); i++) {
            if (bounds.get(i) <= bounds.get(i - 1)) {
                throw new InvalidInputException("incomeBands", "ascending",
                        "must be strictly ascending, e.g. 0,50000,100000");
            }
        }
        List<Long> checked = new ArrayList<>(bounds);
        if (checked.get(0) > 0) {
            checked.add(0, 0L);
        }
        return List.copyOf(checked);
    }
}
