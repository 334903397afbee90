package org.casework.query.indicator;

import java.time.LocalDate;
import java.util.List;

/**
 * The care indicators of seed 002 (FOLYAMAT-MUTATÓSZÁMOK) for the period [{@code from}, {@code to}], both days
 * included; {@code worker} optionally keeps the engagements one worker is responsible for; {@code incomeBands} are
 * the ascending lower bounds of the per-capita income bands, starting at 0 (docs/indicators.md).
 */
public record FindCareIndicators(LocalDate from, LocalDate to, String worker, List<Long> incomeBands) {
}
