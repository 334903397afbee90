package org.casework.api.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casework.command.engagement.CloseEngagement;
import org.casework.command.engagement.Engagement;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.ConsultationTotals;
import org.casework.domain.engagement.ConsultationVoided;
import org.casework.domain.engagement.EngagementOpened;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** An engagement loaded from its snapshot knows each consultation as it did before: voids and corrections too. */
class EngagementSnapshotJsonTest {

    private final ObjectMapper json = AxonJson.objectMapper();
    private final UUID engagementId = UUID.randomUUID();
    private final UUID clientId = UUID.randomUUID();

    @Test
    void aSnapshotKeepsEachConsultationAndWhichAreVoided() throws Exception {
        UUID kept = UUID.randomUUID();
        UUID voided = UUID.randomUUID();
        AggregateTestFixture<Engagement> fixture = new AggregateTestFixture<>(Engagement.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2025-06-16T08:00:00Z"), ZoneOffset.UTC));
        AtomicReference<String> snapshot = new AtomicReference<>();
        fixture.given(new EngagementOpened(engagementId, clientId, "Housing", null, LocalDate.of(2025, 3, 1), "bob",
                                List.of(), null, null, null),
                        recorded(kept, LocalDate.of(2025, 5, 10)), recorded(voided, LocalDate.of(2025, 5, 20)),
                        new ConsultationVoided(voided, engagementId, clientId, "wrong engagement",
                                new ConsultationTotals(1, 30, LocalDate.of(2025, 5, 10))))
                .when(new CloseEngagement(engagementId, LocalDate.of(2025, 5, 12), ClosureReason.SUCCESSFUL, null,
                        false, null))
                .expectState(engagement -> {
                    try {
                        snapshot.set(json.writeValueAsString(engagement));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });

        Engagement loaded = json.readValue(snapshot.get(), Engagement.class);

        assertThat(loaded.lastConsultationOn()).isEqualTo(LocalDate.of(2025, 5, 10));
        assertThat(json.writeValueAsString(loaded)).isEqualTo(snapshot.get());
        assertThat(snapshot.get()).contains(voided.toString()).contains("\"voided\":true").contains("\"closed\":true");
    }

    private ConsultationRecorded recorded(UUID id, LocalDate date) {
        return new ConsultationRecorded(id, engagementId, clientId, date, ConsultationKind.MEETING, 30,
                ConsultationPlace.IN_OFFICE, null, "bob", null, List.of(), 0);
    }
}
