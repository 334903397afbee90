package org.casework.query.status;

import org.casework.domain.status.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The colour table of R3 and the text that explains a colour, for the day of the question: a contract that
 * expired yesterday, or a plan whose review date passed yesterday, changes the colour today with no new event.
 * A contract valid to today is still valid; a plan due for review today is not yet overdue.
 */
public final class Colouring {

    private Colouring() {
    }

    public enum PlanState {
        NONE, IN_ORDER, OVERDUE;

        public static PlanState of(LocalDate reviewDue, LocalDate today) {
            if (reviewDue == null) {
                return NONE;
            }
            return reviewDue.isBefore(today) ? OVERDUE : IN_ORDER;
        }
    }

    public record Result(Colour colour, String explanation) {
    }

    /** One combination of facts, for turning a colour filter into a database condition. */
    public record Case(Status status, boolean contractValid, PlanState plan) {
    }

    /** The table itself; {@code status} is null for a file without any status entry. */
    public static Colour colour(Status status, boolean contractValid, PlanState plan) {
        if (status == null) {
            return Colour.GREY;
        }
        return switch (status) {
            case CONTACTED -> Colour.GREY;
            case APPLICANT -> contractValid ? Colour.RED : Colour.YELLOW;
            case SERVICE_USER -> !contractValid ? Colour.RED : plan == PlanState.IN_ORDER ? Colour.GREEN : Colour.ORANGE;
            case SUSPENDED -> Colour.BLUE;
            case REJECTED, TERMINATED -> contractValid ? Colour.RED : Colour.BLACK;
        };
    }

    /** Every combination of status, contract validity and plan state that gives {@code colour}. */
    public static List<Case> casesOf(Colour colour) {
        List<Status> statuses = new ArrayList<>(Arrays.asList(Status.values()));
        statuses.add(null);
        List<Case> cases = new ArrayList<>();
        for (Status status : statuses) {
            for (boolean valid : new boolean[] {false, true}) {
                for (PlanState plan : PlanState.values()) {
                    if (colour(status, valid, plan) == colour) {
                        cases.add(new Case(status, valid, plan));
                    }
                }
            }
        }
        return cases;
    }

    public static Result of(ColourFacts facts, LocalDate today) {
        boolean valid = facts.validContract() != null && facts.validContract().validOn(today);
        PlanState plan = PlanState.of(facts.planReviewDue(), today);
        Colour colour = colour(facts.status(), valid, plan);
        return new Result(colour, explain(colour, facts, valid, plan, today));
    }

    private static String explain(Colour colour, ColourFacts facts, boolean valid, PlanState plan, LocalDate today) {
        if (facts.status() == null) {
            return "no status recorded yet";
        }
        String status = name(facts.status()) + " since " + facts.statusSince();
        return switch (colour) {
            case GREY -> status + ", not yet an applicant";
            case YELLOW -> status + ", waiting for admission: no valid contract";
            case GREEN -> status + ", " + contract(facts.validContract()) + ", plan in order (review due "
                    + facts.planReviewDue() + ")";
            case ORANGE -> status + ", " + contract(facts.validContract()) + ", but "
                    + (plan == PlanState.NONE ? "no individual plan"
                    : "plan review overdue since " + facts.planReviewDue().plusDays(1));
            case BLUE -> name(facts.status()) + " since " + facts.statusSince();
            case RED -> valid
                    ? status + ", yet " + contract(facts.validContract())
                    : status + ", yet no valid contract" + whatHappened(facts.otherContract(), today);
            case BLACK -> name(facts.status()) + " on " + facts.statusSince() + ", reason " + facts.reason()
                    + (facts.reasonNote() == null ? "" : " (" + facts.reasonNote() + ")");
        };
    }

    private static String contract(ColourFacts.Contract contract) {
        return "contract " + contract.number() + " valid "
                + (contract.lastValidDay() == null ? "with no end date" : "until " + contract.lastValidDay());
    }

    private static String whatHappened(ColourFacts.Contract contract, LocalDate today) {
        if (contract == null) {
            return "";
        }
        if (contract.firstValidDay().isAfter(today)) {
            return " (contract " + contract.number() + " starts on " + contract.firstValidDay() + ")";
        }
        return " (contract " + contract.number() + " ended on " + contract.lastValidDay() + ")";
    }

    private static String name(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
