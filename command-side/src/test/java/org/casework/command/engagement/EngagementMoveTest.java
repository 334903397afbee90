package org.casework.command.engagement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementMovedToClient;
import org.casework.domain.engagement.EngagementOpened;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.casework.command.engagement.EngagementTest.CLOCK;
import static org.casework.command.engagement.EngagementTest.OPENED_ON;

/** An engagement of a merged file moves to the surviving file, and records it; what follows belongs there. */
class EngagementMoveTest {

    private final UUID engagementId = UUID.randomUUID();
    private final UUID merged = UUID.randomUUID();
    private final UUID survivor = UUID.randomUUID();
    private FixtureConfiguration<Engagement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Engagement.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private EngagementOpened opened() {
        return new EngagementOpened(engagementId, merged, "Housing", "Keep the flat", OPENED_ON, "bob", List.of(),
                null, null, null);
    }

    private ConsultationRecorded recorded(UUID client, LocalDate date) {
        return new ConsultationRecorded(UUID.randomUUID(), engagementId, client, date, ConsultationKind.MEETING, 30,
                ConsultationPlace.IN_OFFICE, null, "bob", "Talked about the rent", List.of(), null);
    }

    @Test
    void anOpenEngagementMovesWithItsLastConsultation() {
        fixture.given(opened(), recorded(merged, OPENED_ON.plusDays(3)), recorded(merged, OPENED_ON.plusDays(1)))
                .when(new MoveEngagement(engagementId, survivor))
                .expectEvents(new EngagementMovedToClient(engagementId, survivor, merged, true,
                        OPENED_ON.plusDays(3)));
    }

    @Test
    void aClosedEngagementMovesToo() {
        fixture.given(opened(), new EngagementClosed(engagementId, merged, OPENED_ON.plusDays(5),
                        ClosureReason.SUCCESSFUL, null, false, null))
                .when(new MoveEngagement(engagementId, survivor))
                .expectEvents(new EngagementMovedToClient(engagementId, survivor, merged, false, null));
    }

    @Test
    void consultationsAfterTheMoveBelongToTheSurvivingFile() {
        UUID consultation = UUID.randomUUID();
        fixture.given(opened(), new EngagementMovedToClient(engagementId, survivor, merged, true, null))
                .when(new RecordConsultations(engagementId, List.of(new NewConsultation(consultation,
                        OPENED_ON.plusDays(2), ConsultationKind.PHONE, 10, ConsultationPlace.IN_OFFICE, null, "bob",
                        "Called", List.of(), null))))
                .expectEvents(new ConsultationRecorded(consultation, engagementId, survivor, OPENED_ON.plusDays(2),
                        ConsultationKind.PHONE, 10, ConsultationPlace.IN_OFFICE, null, "bob", "Called", List.of(),
                        null));
    }
}
