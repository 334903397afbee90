package org.casework.command.client;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.command.MutableClock;
import org.casework.command.engagement.EngagementReopening;
import org.casework.command.engagement.ReopenEngagement;
import org.casework.command.rules.FileErasedException;
import org.casework.command.rules.UnknownRecordException;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.settings.SettingsLookup;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.ClientErased;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.EngagementAddedToFile;
import org.casework.domain.client.PersonalData;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusRecorded;
import org.casework.domain.status.StatusSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A closed engagement is reopened through its client's file, which refuses it once erased (issue 20). */
class ClientReopensEngagementTest {

    private static final LocalDate REGISTERED = LocalDate.of(2025, 1, 10);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    private final UUID clientId = UUID.randomUUID();
    private final UUID engagementId = UUID.randomUUID();
    private final List<String> reopened = new ArrayList<>();
    private CurrentSettings settings = ClientStatusTest.automatic(false);
    private FixtureConfiguration<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(new MutableClock(TODAY));
        fixture.registerInjectableResource((SettingsLookup) () -> settings);
        fixture.registerInjectableResource((EngagementReopening) (id, reason, today) ->
                reopened.add(id + " " + reason + " " + today));
    }

    private ClientRegistered registered() {
        return new ClientRegistered(clientId, new PersonalData("Jan", "Novák", null, null, LocalDate.of(1980, 1, 1),
                null, null, new Addresses(null, null, null), new Contacts(null, null, null)), "alice", REGISTERED);
    }

    private StatusRecorded automaticStatus(Status status, LocalDate on) {
        return new StatusRecorded(clientId, new StatusEntry(status, on, null, null, null, StatusSource.AUTOMATIC));
    }

    @Test
    void theClientsFileReopensItsEngagementToday() {
        fixture.given(registered(), automaticStatus(Status.APPLICANT, REGISTERED),
                        new EngagementAddedToFile(clientId, engagementId, REGISTERED))
                .when(new ReopenEngagement(clientId, engagementId, "closed by mistake"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(reopened).containsExactly(engagementId + " closed by mistake " + TODAY);
    }

    @Test
    void aContactedClientBecomesAnApplicantWhenAnEngagementIsReopened() {
        settings = ClientStatusTest.automatic(true);
        fixture.given(registered(), automaticStatus(Status.CONTACTED, REGISTERED),
                        new EngagementAddedToFile(clientId, engagementId, REGISTERED))
                .when(new ReopenEngagement(clientId, engagementId, "closed by mistake"))
                .expectEvents(automaticStatus(Status.APPLICANT, TODAY));
    }

    @Test
    void anErasedClientsEngagementIsNotReopened() {
        fixture.given(registered(), new EngagementAddedToFile(clientId, engagementId, REGISTERED),
                        new ClientErased(clientId, TODAY, "request 17/2026"))
                .when(new ReopenEngagement(clientId, engagementId, "closed by mistake"))
                .expectException(FileErasedException.class)
                .expectNoEvents();
        assertThat(reopened).isEmpty();
    }

    @Test
    void anEngagementOfAnotherFileIsNotReopened() {
        fixture.given(registered(), new EngagementAddedToFile(clientId, engagementId, REGISTERED))
                .when(new ReopenEngagement(clientId, UUID.randomUUID(), "closed by mistake"))
                .expectException(UnknownRecordException.class)
                .expectNoEvents();
        assertThat(reopened).isEmpty();
    }
}
