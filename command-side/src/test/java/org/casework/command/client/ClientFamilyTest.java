package org.casework.command.client;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.command.family.JoinFamily;
import org.casework.command.family.LeaveFamily;
import org.casework.command.family.ShareFamilyStatus;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.PersonalData;
import org.casework.domain.family.ClientJoinedFamily;
import org.casework.domain.family.ClientLeftFamily;
import org.casework.domain.family.Relation;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusRecorded;
import org.casework.domain.status.StatusSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.casework.command.rules.ViolationMatchers.violates;

/** The client's side of a family: at most one family at a time, and a shared status arrives with source FAMILY. */
class ClientFamilyTest {

    static final LocalDate REGISTERED = LocalDate.of(2025, 1, 10);
    static final LocalDate JOINED = LocalDate.of(2025, 2, 1);

    private final UUID clientId = UUID.randomUUID();
    private final UUID family = UUID.randomUUID();
    private final UUID otherFamily = UUID.randomUUID();
    private FixtureConfiguration<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(new MemoryBirthNumberClaims());
    }

    private ClientRegistered registered() {
        return new ClientRegistered(clientId, new PersonalData("Petr", "Novák", null, null, LocalDate.of(2010, 5, 5),
                null, null, Addresses.none(), Contacts.none()), "alice", REGISTERED);
    }

    private ClientJoinedFamily joined(UUID familyId) {
        return new ClientJoinedFamily(clientId, familyId, Relation.CHILD, JOINED);
    }

    @Test
    void clientJoinsAFamily() {
        fixture.given(registered())
                .when(new JoinFamily(clientId, family, Relation.CHILD, JOINED))
                .expectEvents(joined(family));
    }

    @Test
    void clientBelongsToAtMostOneFamilyAtATime() {
        fixture.given(registered(), joined(otherFamily))
                .when(new JoinFamily(clientId, family, Relation.CHILD, JOINED))
                .expectException(violates("clientId", "already-in-another-family"))
                .expectNoEvents();
    }

    @Test
    void clientWhoLeftMayJoinAnotherFamily() {
        fixture.given(registered(), joined(otherFamily), new ClientLeftFamily(clientId, otherFamily, JOINED))
                .when(new JoinFamily(clientId, family, Relation.CHILD, JOINED))
                .expectEvents(joined(family));
    }

    @Test
    void clientIsNotAddedTwiceToOneFamily() {
        fixture.given(registered(), joined(family))
                .when(new JoinFamily(clientId, family, Relation.CHILD, JOINED))
                .expectException(violates("clientId", "already-member"))
                .expectNoEvents();
    }

    @Test
    void onlyAMemberLeaves() {
        fixture.given(registered(), joined(otherFamily))
                .when(new LeaveFamily(clientId, family, JOINED))
                .expectException(violates("clientId", "not-a-member"))
                .expectNoEvents();
    }

    @Test
    void sharedFamilyStatusIsRecordedWithSourceFamily() {
        StatusEntry familyEntry = new StatusEntry(Status.TERMINATED, JOINED, StatusReason.MOVED_AWAY, null, "all moved",
                StatusSource.MANUAL);
        fixture.given(registered(), joined(family))
                .when(new ShareFamilyStatus(clientId, family, familyEntry))
                .expectEvents(new StatusRecorded(clientId, new StatusEntry(Status.TERMINATED, JOINED,
                        StatusReason.MOVED_AWAY, null, "all moved", StatusSource.FAMILY)));
    }

    @Test
    void memberWhoLeftNoLongerReceivesTheFamilyStatusButKeepsTheirHistory() {
        StatusEntry familyEntry = new StatusEntry(Status.SERVICE_USER, JOINED, null, null, null, StatusSource.MANUAL);
        fixture.given(registered(), joined(family), new StatusRecorded(clientId, familyEntry.sharedByFamily()),
                        new ClientLeftFamily(clientId, family, JOINED.plusDays(10)))
                .when(new ShareFamilyStatus(clientId, family, familyEntry))
                .expectException(violates("clientId", "not-a-member"))
                .expectNoEvents();
    }
}
