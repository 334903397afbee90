package org.casework.command.plan;

import org.casework.command.rules.BusinessDates;
import org.casework.command.rules.Text;
import org.casework.command.rules.Violations;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An individual plan has at least one goal and a review date not before it starts; it starts no later than today. */
public final class PlanRules {

    static final int MAX_GOALS = 50;

    private PlanRules() {
    }

    /** The goals as they will be stored: trimmed, blanks dropped. */
    public static List<String> checked(PlanAdoption command, LocalDate today, Violations violations) {
        List<String> goals = command.goals() == null ? List.of()
                : command.goals().stream().map(Text::clean).filter(Objects::nonNull).toList();
        violations.require(command.validFrom() != null, "validFrom", "required", "must be given");
        violations.require(command.reviewDue() != null, "reviewDue", "required", "must be given");
        BusinessDates.notInFuture(violations, "validFrom", command.validFrom(), today);
        BusinessDates.notBefore(violations, "reviewDue", command.reviewDue(), command.validFrom(),
                "not-before-valid-from", "the day the plan starts");
        violations.require(!goals.isEmpty(), "goals", "not-empty", "must name at least one goal");
        violations.require(goals.size() <= MAX_GOALS, "goals", "size", "must not name more than " + MAX_GOALS
                + " goals");
        return goals;
    }
}
