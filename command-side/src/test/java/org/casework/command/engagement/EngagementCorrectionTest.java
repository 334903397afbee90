package org.casework.command.engagement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.command.client.ContactMovedBack;
import org.casework.command.rules.UnknownRecordException;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationCorrected;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.ConsultationTotals;
import org.casework.domain.engagement.ConsultationVoided;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementClosureCorrected;
import org.casework.domain.engagement.EngagementDetailsEdited;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.engagement.EngagementReopened;
import org.casework.domain.engagement.ProblemType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.casework.command.engagement.EngagementTest.CLOCK;
import static org.casework.command.engagement.EngagementTest.OPENED_ON;
import static org.casework.command.engagement.EngagementTest.TODAY;
import static org.casework.command.rules.ViolationMatchers.violates;

/** Corrections, never edits (issue 20): each a new event with its reason, checked by the rules of recording. */
class EngagementCorrectionTest {

    private static final LocalDate MAY_10 = LocalDate.of(2025, 5, 10);
    private static final LocalDate MAY_20 = LocalDate.of(2025, 5, 20);
    private static final String REASON = "typed the wrong day";

    private final UUID engagementId = UUID.randomUUID();
    private final UUID clientId = UUID.randomUUID();
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private FixtureConfiguration<Engagement> fixture;

    /** Reopening reaches the engagement only through the client's file; here straight through the repository. */
    record Reopen(@TargetAggregateIdentifier UUID engagementId, String reason) {
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Engagement.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerAnnotatedCommandHandler(new Object() {
            @CommandHandler
            void handle(Reopen command) {
                fixture.getRepository().load(command.engagementId().toString())
                        .execute(engagement -> engagement.reopen(command.reason(), TODAY));
            }
        });
    }

    private EngagementOpened opened() {
        return new EngagementOpened(engagementId, clientId, "Housing", "Keep the flat", OPENED_ON, "bob", List.of(),
                null, null, null);
    }

    private ConsultationRecorded recorded(UUID id, LocalDate date, int minutes) {
        return new ConsultationRecorded(id, engagementId, clientId, date, ConsultationKind.MEETING, minutes,
                ConsultationPlace.IN_OFFICE, null, "bob", "Talked about the rent", List.of("Jana"), 0);
    }

    private EngagementClosed closed(LocalDate on) {
        return new EngagementClosed(engagementId, clientId, on, ClosureReason.SUCCESSFUL, null, false, null);
    }

    private CorrectConsultation correction(UUID id, LocalDate date, int minutes, String worker, String reason) {
        return new CorrectConsultation(engagementId, new NewConsultation(id, date, ConsultationKind.PHONE, minutes,
                ConsultationPlace.ELSEWHERE, " Library ", worker, " Called about the rent ", List.of("Jana", " "), 10),
                reason);
    }

    private ConsultationCorrected corrected(UUID id, LocalDate date, int minutes, String worker,
                                            ConsultationTotals totals) {
        return new ConsultationCorrected(id, engagementId, clientId, date, ConsultationKind.PHONE, minutes,
                ConsultationPlace.ELSEWHERE, "Library", worker, "Called about the rent", List.of("Jana"), 10, REASON,
                totals);
    }

    @Test
    void consultationIsCorrectedInEveryFieldWithItsReasonAndTheEngagementsNewTotals() {
        fixture.given(opened(), recorded(first, MAY_10, 60), recorded(second, MAY_20, 30))
                .when(correction(second, LocalDate.of(2025, 5, 25), 45, "carol", " " + REASON + " "))
                .expectEvents(corrected(second, LocalDate.of(2025, 5, 25), 45, "carol",
                        new ConsultationTotals(2, 105, LocalDate.of(2025, 5, 25))));
    }

    @Test
    void correctionWithoutAWorkerKeepsTheWorkerWhoWasRecorded() {
        fixture.given(opened(), recorded(first, MAY_10, 60))
                .when(correction(first, MAY_10, 60, null, REASON))
                .expectEvents(corrected(first, MAY_10, 60, "bob", new ConsultationTotals(1, 60, MAY_10)));
    }

    @Test
    void correctingTheLastConsultationEarlierMovesTheLastConsultationBack() {
        fixture.given(opened(), recorded(first, MAY_10, 60), recorded(second, MAY_20, 30))
                .when(correction(second, LocalDate.of(2025, 5, 1), 30, "bob", REASON))
                .expectEvents(corrected(second, LocalDate.of(2025, 5, 1), 30, "bob",
                        new ConsultationTotals(2, 90, MAY_10)));
    }

    @Test
    void aLastConsultationMovedBackAsksTheClientsFileToRecheckTheNoContactRuleNow() {
        fixture.given(opened(), recorded(first, MAY_10, 60), recorded(second, MAY_20, 30))
                .when(correction(second, LocalDate.of(2025, 5, 1), 30, "bob", REASON))
                .expectScheduledDeadlineWithName(CLOCK.instant(), ContactMovedBack.DEADLINE);
        fixture.given(opened(), recorded(first, MAY_10, 60), recorded(second, MAY_20, 30))
                .when(new VoidConsultation(engagementId, second, REASON))
                .expectScheduledDeadlineWithName(CLOCK.instant(), ContactMovedBack.DEADLINE);
    }

    @Test
    void aLastConsultationThatStaysOrMovesLaterNeedsNoRecheck() {
        fixture.given(opened(), recorded(first, MAY_10, 60), recorded(second, MAY_20, 30))
                .when(correction(first, LocalDate.of(2025, 5, 1), 30, "bob", REASON))
                .expectNoScheduledDeadlines();
        fixture.given(opened(), recorded(first, MAY_10, 60))
                .when(correction(first, MAY_20, 30, "bob", REASON))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anEngagementClosesOnTheDayOfItsLastConsultationAsCorrected() {
        fixture.given(opened(), recorded(first, MAY_10, 60),
                        corrected(first, LocalDate.of(2025, 4, 1), 60, "bob",
                                new ConsultationTotals(1, 60, LocalDate.of(2025, 4, 1))))
                .when(new CloseEngagement(engagementId, LocalDate.of(2025, 4, 2), ClosureReason.SUCCESSFUL, null,
                        false, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void consultationCannotBeCorrectedIntoTheFuture() {
        fixture.given(opened(), recorded(first, MAY_10, 60))
                .when(correction(first, TODAY.plusDays(1), 60, "bob", REASON))
                .expectException(violates("date", "not-in-future"))
                .expectNoEvents();
    }

    @Test
    void consultationCannotBeCorrectedToBeforeItsEngagementOpened() {
        fixture.given(opened(), recorded(first, MAY_10, 60))
                .when(correction(first, OPENED_ON.minusDays(1), 60, "bob", REASON))
                .expectException(violates("date", "not-before-engagement-opened"))
                .expectNoEvents();
    }

    @Test
    void correctedValuesFollowTheRulesOfRecording() {
        fixture.given(opened(), recorded(first, MAY_10, 60))
                .when(new CorrectConsultation(engagementId, new NewConsultation(first, MAY_10,
                        ConsultationKind.MEETING, 0, ConsultationPlace.IN_OFFICE, null, null, null, null, 15), REASON))
                .expectException(violates("durationMinutes", "positive"))
                .expectException(violates("travelMinutes", "no-travel-in-office"))
                .expectNoEvents();
        fixture.given(opened(), recorded(first, MAY_10, 60))
                .when(new CorrectConsultation(engagementId, new NewConsultation(first, MAY_10,
                        ConsultationKind.MEETING, 30, ConsultationPlace.ELSEWHERE, " ", null, null, null, null),
                        REASON))
                .expectException(violates("placeNote", "text-required-for-elsewhere"))
                .expectNoEvents();
    }

    @Test
    void everyCorrectionSaysWhy() {
        fixture.given(opened(), recorded(first, MAY_10, 60))
                .when(correction(first, MAY_10, 60, "bob", "  "))
                .expectException(violates("reason", "required"))
                .expectNoEvents();
        fixture.given(opened(), recorded(first, MAY_10, 60))
                .when(new VoidConsultation(engagementId, first, "x".repeat(Engagement.MAX_REASON + 1)))
                .expectException(violates("reason", "max-length"))
                .expectNoEvents();
    }

    @Test
    void anUnknownConsultationCannotBeCorrectedOrVoided() {
        fixture.given(opened(), recorded(first, MAY_10, 60))
                .when(correction(second, MAY_10, 60, "bob", REASON))
                .expectException(UnknownRecordException.class)
                .expectNoEvents();
        fixture.given(opened(), recorded(first, MAY_10, 60))
                .when(new VoidConsultation(engagementId, second, REASON))
                .expectException(UnknownRecordException.class)
                .expectNoEvents();
    }

    @Test
    void voidingTheLastConsultationLeavesTheOthersCounted() {
        fixture.given(opened(), recorded(first, MAY_10, 60), recorded(second, MAY_20, 30))
                .when(new VoidConsultation(engagementId, second, " recorded into the wrong engagement "))
                .expectEvents(new ConsultationVoided(second, engagementId, clientId,
                        "recorded into the wrong engagement", new ConsultationTotals(1, 60, MAY_10)));
    }

    @Test
    void voidingTheOnlyConsultationLeavesNone() {
        fixture.given(opened(), recorded(first, MAY_10, 60))
                .when(new VoidConsultation(engagementId, first, REASON))
                .expectEvents(new ConsultationVoided(first, engagementId, clientId, REASON,
                        new ConsultationTotals(0, 0, null)));
    }

    @Test
    void aConsultationCannotBeVoidedTwice() {
        fixture.given(opened(), recorded(first, MAY_10, 60),
                        new ConsultationVoided(first, engagementId, clientId, REASON,
                                new ConsultationTotals(0, 0, null)))
                .when(new VoidConsultation(engagementId, first, REASON))
                .expectException(violates("consultationId", "voided"))
                .expectNoEvents();
    }

    @Test
    void aVoidedConsultationCannotBeCorrected() {
        fixture.given(opened(), recorded(first, MAY_10, 60),
                        new ConsultationVoided(first, engagementId, clientId, REASON,
                                new ConsultationTotals(0, 0, null)))
                .when(correction(first, MAY_10, 60, "bob", REASON))
                .expectException(violates("consultationId", "voided"))
                .expectNoEvents();
    }

    @Test
    void aVoidedConsultationNoLongerHoldsTheClosureBack() {
        fixture.given(opened(), recorded(first, MAY_10, 60), recorded(second, MAY_20, 30),
                        new ConsultationVoided(second, engagementId, clientId, REASON,
                                new ConsultationTotals(1, 60, MAY_10)))
                .when(new CloseEngagement(engagementId, MAY_10, ClosureReason.SUCCESSFUL, null, false, null))
                .expectEvents(closed(MAY_10));
    }

    @Test
    void aClosedEngagementsConsultationIsCorrectedWithinTheDaysItWasOpen() {
        fixture.given(opened(), recorded(first, MAY_10, 60), closed(MAY_20))
                .when(correction(first, MAY_20, 60, "bob", REASON))
                .expectEvents(corrected(first, MAY_20, 60, "bob", new ConsultationTotals(1, 60, MAY_20)));
        fixture.given(opened(), recorded(first, MAY_10, 60), closed(MAY_20))
                .when(correction(first, MAY_20.plusDays(1), 60, "bob", REASON))
                .expectException(violates("date", "not-after-engagement-closed"))
                .expectNoEvents();
    }

    @Test
    void detailsAreEditedWholeWithTheReason() {
        fixture.given(opened())
                .when(new EditEngagementDetails(engagementId, " Debts ", null,
                        List.of(ProblemType.OTHER, ProblemType.FINANCIAL, ProblemType.OTHER), " gambling ", 3,
                        " Owes rent ", " the client told us more "))
                .expectEvents(new EngagementDetailsEdited(engagementId, clientId, "Debts", null,
                        List.of(ProblemType.FINANCIAL, ProblemType.OTHER), "gambling", 3, "Owes rent",
                        "the client told us more"));
    }

    @Test
    void editedDetailsFollowTheRulesOfOpening() {
        fixture.given(opened(), closed(MAY_20))
                .when(new EditEngagementDetails(engagementId, " ", null, List.of(ProblemType.OTHER), null, 0, null,
                        null))
                .expectException(violates("title", "required"))
                .expectException(violates("problemTypeNote", "text-required-for-other"))
                .expectException(violates("peopleInvolved", "at-least-one"))
                .expectException(violates("reason", "required"))
                .expectNoEvents();
    }

    @Test
    void closureIsCorrectedWithItsOwnReason() {
        fixture.given(opened(), recorded(first, MAY_10, 60), closed(MAY_20))
                .when(new CorrectClosure(engagementId, MAY_10, ClosureReason.CONTACT_LOST, null, true,
                        " a call in a month ", " closed on the wrong day "))
                .expectEvents(new EngagementClosureCorrected(engagementId, clientId, MAY_10,
                        ClosureReason.CONTACT_LOST, null, true, "a call in a month", "closed on the wrong day"));
    }

    @Test
    void correctedClosureFollowsTheRulesOfClosing() {
        fixture.given(opened(), recorded(first, MAY_20, 60), closed(MAY_20))
                .when(new CorrectClosure(engagementId, MAY_10, ClosureReason.OTHER, null, false, "weekly call",
                        null))
                .expectException(violates("closedOn", "not-before-last-consultation"))
                .expectException(violates("reasonNote", "text-required-for-other"))
                .expectException(violates("followUpAgreement", "only-with-follow-up"))
                .expectException(violates("correctionReason", "required"))
                .expectNoEvents();
        fixture.given(opened(), closed(MAY_20))
                .when(new CorrectClosure(engagementId, TODAY.plusDays(1), ClosureReason.SUCCESSFUL, null, false,
                        null, REASON))
                .expectException(violates("closedOn", "not-in-future"))
                .expectNoEvents();
    }

    @Test
    void theClosureOfAnOpenEngagementCannotBeCorrected() {
        fixture.given(opened())
                .when(new CorrectClosure(engagementId, MAY_10, ClosureReason.SUCCESSFUL, null, false, null, REASON))
                .expectException(violates("engagementId", "engagement-closed"))
                .expectNoEvents();
    }

    @Test
    void aClosedEngagementIsReopenedAndTakesConsultationsAgain() {
        fixture.given(opened(), closed(MAY_20))
                .when(new Reopen(engagementId, " closed by mistake "))
                .expectEvents(new EngagementReopened(engagementId, clientId, TODAY, "closed by mistake"));
        fixture.given(opened(), closed(MAY_20), new EngagementReopened(engagementId, clientId, TODAY, REASON))
                .when(new RecordConsultations(engagementId, List.of(new NewConsultation(first, TODAY,
                        ConsultationKind.MEETING, 30, ConsultationPlace.IN_OFFICE, null, "bob", null, null, null))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyAClosedEngagementIsReopenedAndAlwaysWithAReason() {
        fixture.given(opened())
                .when(new Reopen(engagementId, REASON))
                .expectException(violates("engagementId", "engagement-closed"))
                .expectNoEvents();
        fixture.given(opened(), closed(MAY_20))
                .when(new Reopen(engagementId, null))
                .expectException(violates("reason", "required"))
                .expectNoEvents();
    }
}
