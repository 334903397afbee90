package org.casework.query.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A version of an individual plan; a card shows the current one. */
public record PlanCard(int version, LocalDate validFrom, LocalDate reviewDue, List<String> goals, String adoptedBy,
                       Instant adoptedAt) {
}
