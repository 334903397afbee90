package org.casework.query.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share as a percentage with one decimal, half up; {@code null} when the whole is 0. */
final class Percent {

    private Percent() {
    }

    static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** An average of whole days, with one decimal; {@code null} for none. */
    static BigDecimal average(long sum, long count) {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
