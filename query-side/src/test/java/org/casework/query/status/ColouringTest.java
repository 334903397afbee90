package org.casework.query.status;

import org.casework.domain.status.Status;
import org.casework.domain.status.StatusReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every row of the R3 colour table, with the explanation and the day-boundary cases. */
class ColouringTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    static final LocalDate SINCE = LocalDate.of(2025, 3, 1);
    static final ColourFacts.Contract VALID = new ColourFacts.Contract("S-1", SINCE, TODAY.plusMonths(6));
    static final ColourFacts.Contract OPEN_ENDED = new ColourFacts.Contract("S-2", SINCE, null);
    static final ColourFacts.Contract VALID_TO_TODAY = new ColourFacts.Contract("S-3", SINCE, TODAY);
    static final ColourFacts.Contract EXPIRED_YESTERDAY = new ColourFacts.Contract("S-4", SINCE, TODAY.minusDays(1));
    static final ColourFacts.Contract STARTS_TOMORROW = new ColourFacts.Contract("S-5", TODAY.plusDays(1), null);

    static ColourFacts facts(Status status, ColourFacts.Contract contract, LocalDate planReviewDue) {
        StatusReason reason = status != null && status.takesReason() ? StatusReason.DID_NOT_COME : null;
        boolean valid = contract != null && contract.validOn(TODAY);
        return new ColourFacts(status, SINCE, reason, null, valid ? contract : null, valid ? null : contract,
                planReviewDue);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                arguments(Status.CONTACTED, null, null, Colour.GREY,
                        "contacted since 2025-03-01, not yet an applicant"),
                arguments(null, null, null, Colour.GREY, "no status recorded yet"),
                arguments(Status.APPLICANT, null, null, Colour.YELLOW,
                        "applicant since 2025-03-01, waiting for admission: no valid contract"),
                arguments(Status.APPLICANT, EXPIRED_YESTERDAY, null, Colour.YELLOW,
                        "applicant since 2025-03-01, waiting for admission: no valid contract"),
                arguments(Status.SERVICE_USER, VALID, TODAY.plusDays(30), Colour.GREEN,
                        "service user since 2025-03-01, contract S-1 valid until 2025-12-16, plan in order "
                                + "(review due 2025-07-16)"),
                arguments(Status.SERVICE_USER, OPEN_ENDED, TODAY, Colour.GREEN,
                        "service user since 2025-03-01, contract S-2 valid with no end date, plan in order "
                                + "(review due 2025-06-16)"),
                arguments(Status.SERVICE_USER, VALID_TO_TODAY, TODAY, Colour.GREEN,
                        "service user since 2025-03-01, contract S-3 valid until 2025-06-16, plan in order "
                                + "(review due 2025-06-16)"),
                arguments(Status.SERVICE_USER, VALID, null, Colour.ORANGE,
                        "service user since 2025-03-01, contract S-1 valid until 2025-12-16, but no individual plan"),
                arguments(Status.SERVICE_USER, VALID, TODAY.minusDays(1), Colour.ORANGE,
                        "service user since 2025-03-01, contract S-1 valid until 2025-12-16, but plan review "
                                + "overdue since 2025-06-16"),
                arguments(Status.SUSPENDED, VALID, TODAY.plusDays(30), Colour.BLUE, "suspended since 2025-03-01"),
                arguments(Status.SUSPENDED, null, null, Colour.BLUE, "suspended since 2025-03-01"),
                arguments(Status.SERVICE_USER, EXPIRED_YESTERDAY, TODAY.plusDays(30), Colour.RED,
                        "service user since 2025-03-01, yet no valid contract (contract S-4 ended on 2025-06-15)"),
                arguments(Status.SERVICE_USER, STARTS_TOMORROW, null, Colour.RED,
                        "service user since 2025-03-01, yet no valid contract (contract S-5 starts on 2025-06-17)"),
                arguments(Status.SERVICE_USER, null, null, Colour.RED,
                        "service user since 2025-03-01, yet no valid contract"),
                arguments(Status.APPLICANT, VALID_TO_TODAY, null, Colour.RED,
                        "applicant since 2025-03-01, yet contract S-3 valid until 2025-06-16"),
                arguments(Status.REJECTED, OPEN_ENDED, null, Colour.RED,
                        "rejected since 2025-03-01, yet contract S-2 valid with no end date"),
                arguments(Status.TERMINATED, VALID, null, Colour.RED,
                        "terminated since 2025-03-01, yet contract S-1 valid until 2025-12-16"),
                arguments(Status.REJECTED, null, null, Colour.BLACK, "rejected on 2025-03-01, reason DID_NOT_COME"),
                arguments(Status.TERMINATED, EXPIRED_YESTERDAY, null, Colour.BLACK,
                        "terminated on 2025-03-01, reason DID_NOT_COME"));
    }

    @ParameterizedTest(name = "{0} with {1} and plan review {2} is {3}")
    @MethodSource("table")
    void colourAndExplanationFollowTheTable(Status status, ColourFacts.Contract contract, LocalDate planReviewDue,
                                            Colour colour, String explanation) {
        Colouring.Result result = Colouring.of(facts(status, contract, planReviewDue), TODAY);

        assertThat(result.colour()).isEqualTo(colour);
        assertThat(result.explanation()).isEqualTo(explanation);
    }

    @ParameterizedTest
    @MethodSource("colours")
    void everyCombinationInAColoursCasesHasThatColour(Colour colour) {
        assertThat(Colouring.casesOf(colour)).isNotEmpty().allSatisfy(c ->
                assertThat(Colouring.colour(c.status(), c.contractValid(), c.plan())).isEqualTo(colour));
    }

    static Stream<Colour> colours() {
        return Arrays.stream(Colour.values());
    }
}
