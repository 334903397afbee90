package org.casework.command.client;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.settings.SettingsLookup;
import org.casework.domain.client.ClientErased;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.DistinctPersonConfirmed;
import org.casework.domain.client.PersonalData;
import org.casework.domain.client.PersonalDataUpdated;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusRecorded;
import org.casework.domain.status.StatusSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.command.client.ClientTest.CLOCK;
import static org.casework.command.client.ClientTest.TODAY;
import static org.casework.command.client.ClientTest.personalData;

/** One file per birth number, and a registration confirmed to be another person than similar files. */
class ClientDuplicatesTest {

    private static final LocalDate BORN = LocalDate.of(1990, 3, 15);
    private static final String NUMBER = "900315/1234";

    private final UUID clientId = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final MemoryBirthNumberClaims claims = new MemoryBirthNumberClaims();
    private FixtureConfiguration<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(claims);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((SettingsLookup) () -> CurrentSettings.DEFAULTS);
    }

    private static PersonalData person(String birthNumber) {
        return personalData(birthNumber, BORN);
    }

    private StatusRecorded applicant() {
        return new StatusRecorded(clientId, new StatusEntry(Status.APPLICANT, TODAY, null, null, null,
                StatusSource.AUTOMATIC));
    }

    @Test
    void aRegistrationClaimsItsBirthNumberWrittenWithOrWithoutTheSlash() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, person("9003151234"), "alice", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ClientRegistered(clientId, person(NUMBER), "alice", TODAY), applicant());
        assertThat(claims.holder(NUMBER)).contains(clientId);
    }

    @Test
    void aBirthNumberAnotherFileHoldsIsRefusedNamingThatFileAndNothingIsStored() {
        claims.claim(NUMBER, other);
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, person("900315/1234"), "alice", TODAY))
                .expectException(DuplicateBirthNumberException.class)
                .expectExceptionMessage("another client file holds this birth number")
                .expectNoEvents();
        assertThat(claims.holder(NUMBER)).contains(other);
    }

    @Test
    void aRefusedDuplicateTellsWhichFileHoldsTheNumber() {
        claims.claim(NUMBER, other);
        DuplicateBirthNumberException[] refused = new DuplicateBirthNumberException[1];
        try {
            OneFilePerBirthNumber.claim(claims, clientId, person(NUMBER));
        } catch (DuplicateBirthNumberException e) {
            refused[0] = e;
        }
        assertThat(refused[0]).isNotNull();
        assertThat(refused[0].existingClientId()).isEqualTo(other);
    }

    @Test
    void anUpdateMovesTheClaimToTheNewNumberAndFreesTheOldOne() {
        claims.claim(NUMBER, clientId);
        fixture.given(new ClientRegistered(clientId, person(NUMBER), "alice", TODAY))
                .when(new UpdatePersonalData(clientId, personalData("900315/1245", BORN)))
                .expectEvents(new PersonalDataUpdated(clientId, personalData("900315/1245", BORN)));
        assertThat(claims.holder("900315/1245")).contains(clientId);
        assertThat(claims.holder(NUMBER)).isEmpty();
    }

    @Test
    void anUpdateToANumberAnotherFileHoldsIsRefusedAndTheOwnClaimStays() {
        claims.claim(NUMBER, clientId);
        claims.claim("900315/1245", other);
        fixture.given(new ClientRegistered(clientId, person(NUMBER), "alice", TODAY))
                .when(new UpdatePersonalData(clientId, personalData("900315/1245", BORN)))
                .expectException(DuplicateBirthNumberException.class)
                .expectNoEvents();
        assertThat(claims.holder(NUMBER)).contains(clientId);
    }

    @Test
    void removingTheNumberReleasesIt() {
        claims.claim(NUMBER, clientId);
        fixture.given(new ClientRegistered(clientId, person(NUMBER), "alice", TODAY))
                .when(new UpdatePersonalData(clientId, person(null)))
                .expectEvents(new PersonalDataUpdated(clientId, person(null)));
        assertThat(claims.holder(NUMBER)).isEmpty();
    }

    @Test
    void erasureReleasesTheNumber() {
        claims.claim(NUMBER, clientId);
        fixture.given(new ClientRegistered(clientId, person(NUMBER), "alice", TODAY))
                .when(new EraseClient(clientId, "request of the client"))
                .expectEvents(new ClientErased(clientId, TODAY, "request of the client"));
        assertThat(claims.holder(NUMBER)).isEmpty();
    }

    @Test
    void aRegistrationConfirmedDistinctFromSimilarFilesRecordsWhichFilesTheyWere() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, person(null), "alice", TODAY, List.of(other)))
                .expectEvents(new ClientRegistered(clientId, person(null), "alice", TODAY),
                        new DistinctPersonConfirmed(clientId, List.of(other)), applicant());
    }

    @Test
    void withoutSimilarFilesNothingIsConfirmed() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, person(null), "alice", TODAY, null))
                .expectEvents(new ClientRegistered(clientId, person(null), "alice", TODAY), applicant());
        assertThat(claims.holder(NUMBER)).isEqualTo(Optional.empty());
    }
}
