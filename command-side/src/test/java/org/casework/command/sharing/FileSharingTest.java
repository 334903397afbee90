package org.casework.command.sharing;

import org.casework.command.client.MemoryBirthNumberClaims;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.command.MutableClock;
import org.casework.command.client.Client;
import org.casework.command.rules.UnknownRecordException;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.PersonalData;
import org.casework.domain.sharing.ConsentScope;
import org.casework.domain.sharing.FileShared;
import org.casework.domain.sharing.ResponsibleWorkerChanged;
import org.casework.domain.sharing.SharingConsentGiven;
import org.casework.domain.sharing.SharingConsentRevoked;
import org.casework.domain.sharing.SharingStopped;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.casework.command.rules.ViolationMatchers.violates;

/** The client's consent to sharing, the shares resting on it, and the responsible worker of a client file. */
class FileSharingTest {

    static final LocalDate REGISTERED = LocalDate.of(2025, 1, 10);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    private final UUID clientId = UUID.randomUUID();
    private final UUID consentId = UUID.randomUUID();
    private final MutableClock clock = new MutableClock(TODAY);
    private FixtureConfiguration<Client> fixture;

    /** The sharing handlers need only the clock: the file is given as events, never registered here. */
    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(new MemoryBirthNumberClaims());
        fixture.registerInjectableResource(clock);
    }

    private ClientRegistered registered() {
        PersonalData person = new PersonalData("Eva", "Malá", null, null, LocalDate.of(1990, 2, 2), null, null,
                Addresses.none(), Contacts.none());
        return new ClientRegistered(clientId, person, "alice", REGISTERED);
    }

    private SharingConsentGiven consent(LocalDate givenOn, LocalDate validUntil, ConsentScope scope,
                                        List<String> workers) {
        return new SharingConsentGiven(clientId, consentId, givenOn, validUntil, scope, workers);
    }

    private SharingConsentGiven anyWorkerUntil(LocalDate validUntil) {
        return consent(REGISTERED, validUntil, ConsentScope.ANY_WORKER, List.of());
    }

    @Test
    void consentIsRecordedWithItsTermsAndScope() {
        fixture.given(registered())
                .when(new RecordSharingConsent(clientId, consentId, REGISTERED, TODAY.plusDays(30),
                        ConsentScope.NAMED_WORKERS, List.of(" bob ", "bob", "carol")))
                .expectResultMessagePayload(consentId)
                .expectEvents(consent(REGISTERED, TODAY.plusDays(30), ConsentScope.NAMED_WORKERS,
                        List.of("bob", "carol")));
    }

    @Test
    void consentRulesNameTheirFields() {
        fixture.given(registered())
                .when(new RecordSharingConsent(clientId, consentId, null, null, null, null))
                .expectException(violates("givenOn", "required"))
                .expectException(violates("scope", "required"))
                .expectNoEvents();
        fixture.given(registered())
                .when(new RecordSharingConsent(clientId, consentId, TODAY.plusDays(1), TODAY,
                        ConsentScope.NAMED_WORKERS, List.of()))
                .expectException(violates("givenOn", "not-in-future"))
                .expectException(violates("validUntil", "not-before-given-on"))
                .expectException(violates("workers", "required"))
                .expectNoEvents();
        fixture.given(registered())
                .when(new RecordSharingConsent(clientId, consentId, TODAY, null, ConsentScope.ANY_WORKER,
                        List.of("bob")))
                .expectException(violates("workers", "only-with-named-workers"))
                .expectNoEvents();
    }

    @Test
    void shareRefusedWithoutConsent() {
        fixture.given(registered())
                .when(new ShareFile(clientId, "bob"))
                .expectException(violates("worker", "no-consent-in-force"))
                .expectNoEvents();
    }

    @Test
    void shareRefusedForAWorkerTheConsentDoesNotName() {
        fixture.given(registered(), consent(REGISTERED, null, ConsentScope.NAMED_WORKERS, List.of("carol")))
                .when(new ShareFile(clientId, "bob"))
                .expectException(violates("worker", "no-consent-in-force"))
                .expectNoEvents();
    }

    @Test
    void shareRefusedOnceTheConsentExpired() {
        fixture.given(registered(), anyWorkerUntil(TODAY.minusDays(1)))
                .when(new ShareFile(clientId, "bob"))
                .expectException(violates("worker", "no-consent-in-force"))
                .expectNoEvents();
    }

    @Test
    void shareRefusedOnceTheConsentWasRevoked() {
        fixture.given(registered(), anyWorkerUntil(null), new SharingConsentRevoked(clientId, consentId, TODAY))
                .when(new ShareFile(clientId, "bob"))
                .expectException(violates("worker", "no-consent-in-force"))
                .expectNoEvents();
    }

    @Test
    void shareRestsOnTheConsentInForce() {
        fixture.given(registered(), anyWorkerUntil(TODAY))
                .when(new ShareFile(clientId, " bob "))
                .expectEvents(new FileShared(clientId, "bob", TODAY, consentId));
    }

    @Test
    void sharingTwiceOnTheSameConsentRecordsNothing() {
        fixture.given(registered(), anyWorkerUntil(null), new FileShared(clientId, "bob", REGISTERED, consentId))
                .when(new ShareFile(clientId, "bob"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theResponsibleWorkerNeedsNoShare() {
        fixture.given(registered(), anyWorkerUntil(null))
                .when(new ShareFile(clientId, "alice"))
                .expectException(violates("worker", "already-responsible"))
                .expectNoEvents();
    }

    @Test
    void sharingStopsOnRequest() {
        fixture.given(registered(), anyWorkerUntil(null), new FileShared(clientId, "bob", REGISTERED, consentId))
                .when(new StopSharing(clientId, "bob"))
                .expectEvents(new SharingStopped(clientId, "bob", TODAY));
        fixture.given(registered())
                .when(new StopSharing(clientId, "bob"))
                .expectException(UnknownRecordException.class)
                .expectNoEvents();
    }

    @Test
    void consentIsRevokedOnceAndNotBeforeItWasGiven() {
        fixture.given(registered(), anyWorkerUntil(null))
                .when(new RevokeSharingConsent(clientId, consentId, TODAY))
                .expectEvents(new SharingConsentRevoked(clientId, consentId, TODAY));
        fixture.given(registered(), anyWorkerUntil(null), new SharingConsentRevoked(clientId, consentId, TODAY))
                .when(new RevokeSharingConsent(clientId, consentId, TODAY))
                .expectException(violates("consentId", "already-revoked"))
                .expectNoEvents();
        fixture.given(registered(), anyWorkerUntil(null))
                .when(new RevokeSharingConsent(clientId, consentId, REGISTERED.minusDays(1)))
                .expectException(violates("revokedOn", "not-before-given-on"))
                .expectNoEvents();
        fixture.given(registered())
                .when(new RevokeSharingConsent(clientId, UUID.randomUUID(), TODAY))
                .expectException(UnknownRecordException.class)
                .expectNoEvents();
    }

    @Test
    void responsibleWorkerChangesAsAnEvent() {
        fixture.given(registered())
                .when(new ChangeResponsibleWorker(clientId, " bob "))
                .expectEvents(new ResponsibleWorkerChanged(clientId, "bob", TODAY));
        fixture.given(registered())
                .when(new ChangeResponsibleWorker(clientId, "alice"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(registered())
                .when(new ChangeResponsibleWorker(clientId, ""))
                .expectException(violates("worker", "required"))
                .expectNoEvents();
    }
}
