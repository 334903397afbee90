package org.casework.command.engagement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementOpened;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.casework.command.rules.ViolationMatchers.violates;

class EngagementTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T08:00:00Z"), ZoneId.of("Europe/Prague"));
    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    static final LocalDate OPENED_ON = LocalDate.of(2025, 3, 1);

    private final UUID engagementId = UUID.randomUUID();
    private final UUID clientId = UUID.randomUUID();
    private FixtureConfiguration<Engagement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Engagement.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private EngagementOpened opened() {
        return new EngagementOpened(engagementId, clientId, "Housing", "Keep the flat", OPENED_ON, "bob", List.of(),
                null, null, null);
    }

    private EngagementClosed closed(LocalDate on) {
        return new EngagementClosed(engagementId, clientId, on, ClosureReason.SUCCESSFUL, null, false, null);
    }

    private static NewConsultation meeting(UUID id, LocalDate date, int minutes) {
        return new NewConsultation(id, date, ConsultationKind.MEETING, minutes, ConsultationPlace.IN_OFFICE, null,
                "bob", "Talked about the rent", List.of("Jana", " ", "Petr"), null);
    }

    private ConsultationRecorded recorded(UUID id, LocalDate date, int minutes) {
        return new ConsultationRecorded(id, engagementId, clientId, date, ConsultationKind.MEETING, minutes,
                ConsultationPlace.IN_OFFICE, null, "bob", "Talked about the rent", List.of("Jana", "Petr"), null);
    }

    @Test
    void consultationIsRecordedIntoAnOpenEngagement() {
        UUID id = UUID.randomUUID();
        fixture.given(opened())
                .when(new RecordConsultations(engagementId, List.of(meeting(id, TODAY, 45))))
                .expectResultMessagePayload(List.of(id))
                .expectEvents(recorded(id, TODAY, 45));
    }

    @Test
    void consultationCannotBeRecordedIntoClosedEngagement() {
        fixture.given(opened(), closed(LocalDate.of(2025, 4, 1)))
                .when(new RecordConsultations(engagementId, List.of(meeting(UUID.randomUUID(), TODAY, 45))))
                .expectException(violates("engagementId", "engagement-open"))
                .expectNoEvents();
    }

    @Test
    void consultationCannotBeRecordedOutsideAnExistingEngagement() {
        fixture.givenNoPriorActivity()
                .when(new RecordConsultations(engagementId, List.of(meeting(UUID.randomUUID(), TODAY, 45))))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void consultationCannotBeDatedBeforeItsEngagementOpened() {
        fixture.given(opened())
                .when(new RecordConsultations(engagementId,
                        List.of(meeting(UUID.randomUUID(), OPENED_ON.minusDays(1), 45))))
                .expectException(violates("consultations[0].date", "not-before-engagement-opened"))
                .expectNoEvents();
    }

    @Test
    void consultationMayBeDatedTheDayItsEngagementOpened() {
        UUID id = UUID.randomUUID();
        fixture.given(opened())
                .when(new RecordConsultations(engagementId, List.of(meeting(id, OPENED_ON, 45))))
                .expectEvents(recorded(id, OPENED_ON, 45));
    }

    @Test
    void consultationCannotBeDatedInTheFuture() {
        fixture.given(opened())
                .when(new RecordConsultations(engagementId, List.of(meeting(UUID.randomUUID(), TODAY.plusDays(1), 45))))
                .expectException(violates("consultations[0].date", "not-in-future"))
                .expectNoEvents();
    }

    @Test
    void consultationDurationMustBeMoreThanZeroMinutes() {
        fixture.given(opened())
                .when(new RecordConsultations(engagementId, List.of(meeting(UUID.randomUUID(), TODAY, 0))))
                .expectException(violates("consultations[0].durationMinutes", "positive"))
                .expectNoEvents();
        fixture.given(opened())
                .when(new RecordConsultations(engagementId, List.of(meeting(UUID.randomUUID(), TODAY, -30))))
                .expectException(violates("consultations[0].durationMinutes", "positive"));
    }

    @Test
    void consultationCannotLastMoreThanADay() {
        fixture.given(opened())
                .when(new RecordConsultations(engagementId, List.of(meeting(UUID.randomUUID(), TODAY, 24 * 60 + 1))))
                .expectException(violates("consultations[0].durationMinutes", "at-most-one-day"))
                .expectNoEvents();
    }

    @Test
    void consultationElsewhereNamesThePlace() {
        NewConsultation elsewhere = new NewConsultation(UUID.randomUUID(), TODAY, ConsultationKind.MEASURE, 20,
                ConsultationPlace.ELSEWHERE, "  ", "bob", null, null, null);
        fixture.given(opened())
                .when(new RecordConsultations(engagementId, List.of(elsewhere)))
                .expectException(violates("consultations[0].placeNote", "text-required-for-elsewhere"))
                .expectNoEvents();
    }

    @Test
    void travelTimeIsRecordedForWorkOutsideTheOffice() {
        UUID id = UUID.randomUUID();
        NewConsultation visit = new NewConsultation(id, TODAY, ConsultationKind.MEETING, 60,
                ConsultationPlace.CLIENT_HOME, null, "bob", null, null, 40);
        fixture.given(opened())
                .when(new RecordConsultations(engagementId, List.of(visit)))
                .expectEvents(new ConsultationRecorded(id, engagementId, clientId, TODAY, ConsultationKind.MEETING,
                        60, ConsultationPlace.CLIENT_HOME, null, "bob", null, List.of(), 40));
    }

    @Test
    void consultationInTheOfficeHasNoTravelTime() {
        NewConsultation inOffice = new NewConsultation(UUID.randomUUID(), TODAY, ConsultationKind.MEETING, 60,
                ConsultationPlace.IN_OFFICE, null, "bob", null, null, 15);
        NewConsultation negative = new NewConsultation(UUID.randomUUID(), TODAY, ConsultationKind.MEETING, 60,
                ConsultationPlace.CLIENT_HOME, null, "bob", null, null, -5);
        fixture.given(opened())
                .when(new RecordConsultations(engagementId, List.of(inOffice, negative)))
                .expectException(violates("consultations[0].travelMinutes", "no-travel-in-office"))
                .expectException(violates("consultations[1].travelMinutes", "within-one-day"))
                .expectNoEvents();
    }

    @Test
    void batchIsRecordedWhole() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        fixture.given(opened())
                .when(new RecordConsultations(engagementId,
                        List.of(meeting(first, TODAY.minusDays(2), 30), meeting(second, TODAY, 60))))
                .expectResultMessagePayload(List.of(first, second))
                .expectEvents(recorded(first, TODAY.minusDays(2), 30), recorded(second, TODAY, 60));
    }

    @Test
    void batchIsAllOrNothing() {
        fixture.given(opened())
                .when(new RecordConsultations(engagementId, List.of(
                        meeting(UUID.randomUUID(), TODAY, 30),
                        meeting(UUID.randomUUID(), TODAY.plusDays(1), 30),
                        meeting(UUID.randomUUID(), TODAY, 0))))
                .expectException(violates("consultations[1].date", "not-in-future"))
                .expectException(violates("consultations[2].durationMinutes", "positive"))
                .expectNoEvents();
    }

    @Test
    void emptyBatchIsRejected() {
        fixture.given(opened())
                .when(new RecordConsultations(engagementId, List.of()))
                .expectException(violates("consultations", "not-empty"))
                .expectNoEvents();
    }

    @Test
    void batchHasAnUpperSize() {
        List<NewConsultation> many = new ArrayList<>();
        for (int i = 0; i <= Engagement.MAX_CONSULTATIONS_PER_BATCH; i++) {
            many.add(meeting(UUID.randomUUID(), TODAY, 10));
        }
        fixture.given(opened())
                .when(new RecordConsultations(engagementId, many))
                .expectException(violates("consultations", "batch-size"))
                .expectNoEvents();
    }

    @Test
    void engagementIsClosedWithReasonAndFollowUp() {
        fixture.given(opened())
                .when(new CloseEngagement(engagementId, OPENED_ON, ClosureReason.REFERRED_TO_ANOTHER_SERVICE, null,
                        true, " monthly call "))
                .expectEvents(new EngagementClosed(engagementId, clientId, OPENED_ON,
                        ClosureReason.REFERRED_TO_ANOTHER_SERVICE, null, true, "monthly call"));
    }

    @Test
    void engagementCannotCloseBeforeItOpened() {
        fixture.given(opened())
                .when(new CloseEngagement(engagementId, OPENED_ON.minusDays(1), ClosureReason.SUCCESSFUL, null,
                        false, null))
                .expectException(violates("closedOn", "not-before-engagement-opened"))
                .expectNoEvents();
    }

    @Test
    void engagementCannotCloseBeforeItsLastConsultation() {
        UUID id = UUID.randomUUID();
        fixture.given(opened(), recorded(id, LocalDate.of(2025, 5, 20), 30))
                .when(new CloseEngagement(engagementId, LocalDate.of(2025, 5, 19), ClosureReason.SUCCESSFUL, null,
                        false, null))
                .expectException(violates("closedOn", "not-before-last-consultation"))
                .expectNoEvents();
    }

    @Test
    void engagementCannotCloseInTheFuture() {
        fixture.given(opened())
                .when(new CloseEngagement(engagementId, TODAY.plusDays(1), ClosureReason.SUCCESSFUL, null, false, null))
                .expectException(violates("closedOn", "not-in-future"))
                .expectNoEvents();
    }

    @Test
    void closureReasonOtherNeedsADescription() {
        fixture.given(opened())
                .when(new CloseEngagement(engagementId, TODAY, ClosureReason.OTHER, "", false, null))
                .expectException(violates("reasonNote", "text-required-for-other"))
                .expectNoEvents();
    }

    @Test
    void followUpAgreementOnlyWithFollowUp() {
        fixture.given(opened())
                .when(new CloseEngagement(engagementId, TODAY, ClosureReason.SUCCESSFUL, null, false, "weekly call"))
                .expectException(violates("followUpAgreement", "only-with-follow-up"))
                .expectNoEvents();
    }

    @Test
    void closedEngagementCannotBeClosedAgain() {
        fixture.given(opened(), closed(TODAY))
                .when(new CloseEngagement(engagementId, TODAY, ClosureReason.SUCCESSFUL, null, false, null))
                .expectException(violates("engagementId", "engagement-open"))
                .expectNoEvents();
    }
}
