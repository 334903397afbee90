package org.casework.command.client;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.command.MutableClock;
import org.casework.command.family.LeaveFamily;
import org.casework.command.family.ShareFamilyStatus;
import org.casework.command.rules.FileErasedException;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.settings.SettingsLookup;
import org.casework.command.status.ManualStatus;
import org.casework.command.status.RecordStatus;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.ClientErased;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.EngagementAddedToFile;
import org.casework.domain.client.PersonalData;
import org.casework.domain.family.ClientJoinedFamily;
import org.casework.domain.family.ClientLeftFamily;
import org.casework.domain.family.Relation;
import org.casework.domain.settings.OrganisationSettings;
import org.casework.domain.settings.StatusMode;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.casework.command.rules.ViolationMatchers.violates;

/** Erasing a client's personal data: recorded with its reason, and an erased file takes nothing new. */
class ClientErasureTest {

    static final LocalDate REGISTERED = LocalDate.of(2025, 1, 10);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    private final UUID clientId = UUID.randomUUID();
    private final UUID family = UUID.randomUUID();
    private final MutableClock clock = new MutableClock(TODAY);
    private FixtureConfiguration<Client> fixture;

    @BeforeEach
    void setUp() {
        CurrentSettings automatic = new CurrentSettings(new OrganisationSettings(StatusMode.AUTOMATIC, false, 30, 30,
                365, true), LocalDate.MIN, "adam", null);
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(new MemoryBirthNumberClaims());
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource((SettingsLookup) () -> automatic);
        fixture.registerInjectableResource((ContactHistory) ids -> Optional.empty());
    }

    private PersonalData person() {
        return new PersonalData("Eva", "Malá", null, null, LocalDate.of(1990, 2, 2), null, null, Addresses.none(),
                Contacts.none());
    }

    private ClientRegistered registered() {
        return new ClientRegistered(clientId, person(), "alice", REGISTERED);
    }

    private ClientErased erased() {
        return new ClientErased(clientId, TODAY, "request 17/2026");
    }

    @Test
    void erasureIsRecordedWithItsDayAndReason() {
        fixture.given(registered())
                .when(new EraseClient(clientId, "  request 17/2026 "))
                .expectEvents(erased());
    }

    @Test
    void erasureNeedsAReason() {
        fixture.given(registered())
                .when(new EraseClient(clientId, " "))
                .expectException(violates("reason", "required"))
                .expectNoEvents();
        fixture.given(registered())
                .when(new EraseClient(clientId, "x".repeat(2001)))
                .expectException(violates("reason", "max-length"))
                .expectNoEvents();
    }

    @Test
    void erasedFileTakesNoMoreCommands() {
        fixture.given(registered(), erased())
                .when(new UpdatePersonalData(clientId, person()))
                .expectException(FileErasedException.class)
                .expectNoEvents();
        fixture.given(registered(), erased())
                .when(new RecordStatus(clientId, new ManualStatus(Status.SUSPENDED, TODAY, null, null, null)))
                .expectException(FileErasedException.class)
                .expectNoEvents();
        fixture.given(registered(), erased())
                .when(new EraseClient(clientId, "again"))
                .expectException(FileErasedException.class)
                .expectNoEvents();
    }

    @Test
    void statusSharedByTheFamilyIsNotCopiedIntoAnErasedFile() {
        fixture.given(registered(), new ClientJoinedFamily(clientId, family, Relation.CHILD, REGISTERED), erased())
                .when(new ShareFamilyStatus(clientId, family,
                        new StatusEntry(Status.SERVICE_USER, TODAY, null, null, null, StatusSource.FAMILY)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void erasedClientMayStillLeaveTheFamily() {
        fixture.given(registered(), new ClientJoinedFamily(clientId, family, Relation.CHILD, REGISTERED), erased())
                .when(new LeaveFamily(clientId, family, TODAY))
                .expectEvents(new ClientLeftFamily(clientId, family, TODAY));
    }

    @Test
    void automaticRulesStopForAnErasedFile() {
        fixture.givenCurrentTime(clock.instant())
                .andGivenCommands(new RegisterClient(clientId, person(), "alice", REGISTERED))
                .andGiven(new EngagementAddedToFile(clientId, UUID.randomUUID(), REGISTERED), erased())
                .whenTimeAdvancesTo(clock.instant())
                .expectNoEvents();
    }
}
