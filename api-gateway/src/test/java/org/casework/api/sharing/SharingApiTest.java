package org.casework.api.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.Eventually;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.Response;
import org.casework.api.support.ServiceWithMovableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client file shared with another worker on the strength of the client's consent: refused without one, working
 * while it is in force, stopping the day after it expires and at once when it is revoked, with nothing else done.
 * Own service: the clock walks through days.
 */
class SharingApiTest extends OwnServiceTest {

    private static final LocalDate T0 = LocalDate.now(ServiceWithMovableClock.PRAGUE);

    private Api alice;
    private Api bob;
    private Api carol;

    @BeforeAll
    void users() {
        alice = as("alice");
        bob = as("bob");
        carol = as("carol");
    }

    @BeforeEach
    void backToTheFirstDay() {
        ServiceWithMovableClock.CLOCK.moveTo(T0);
    }

    private UUID alicesClient(String lastName) {
        UUID client = alice.post("/api/clients", Map.of("firstName", "Sdílená", "lastName", lastName,
                "birthDate", "1985-03-03", "registeredOn", T0.minusDays(30).toString())).createdId();
        Eventually.json(carol, "/api/clients/" + client, card -> true);
        return client;
    }

    private UUID consent(UUID client, LocalDate validUntil) {
        Map<String, Object> body = validUntil == null
                ? Map.of("givenOn", T0.toString(), "scope", "ANY_WORKER")
                : Map.of("givenOn", T0.toString(), "validUntil", validUntil.toString(), "scope", "ANY_WORKER");
        return alice.post("/api/clients/" + client + "/consents", body).createdId();
    }

    private boolean bobListsIt(UUID client) {
        return bob.get("/api/clients?size=200&q=sdilena").expect(200).json().get("items").findValuesAsText("id")
                .contains(client.toString());
    }

    private void bobWorksOnIt(UUID client) {
        bob.get("/api/clients/" + client).expect(200);
        assertThat(bobListsIt(client)).as("bob's overview lists the shared file").isTrue();
        bob.put("/api/clients/" + client + "/application", Map.of("receivedOn", T0.minusDays(20).toString()))
                .expect(204);
    }

    private void bobCannotSeeIt(UUID client) {
        bob.get("/api/clients/" + client).expectProblem(404);
        assertThat(bobListsIt(client)).as("bob's overview lists the file").isFalse();
        bob.put("/api/clients/" + client + "/application", Map.of("receivedOn", T0.minusDays(20).toString()))
                .expectProblem(404);
    }

    @Test
    void shareRefusedWithoutConsent() {
        UUID client = alicesClient("Bezsouhlasná");
        long before = storedEvents();
        alice.post("/api/clients/" + client + "/shares", Map.of("worker", "bob"))
                .expectProblem(422, "worker", "no-consent-in-force");
        assertThat(storedEvents()).isEqualTo(before);
        bobCannotSeeIt(client);
    }

    @Test
    void shareWorksDuringConsentAndStopsTheDayAfterItExpires() {
        UUID client = alicesClient("Dočasná");
        consent(client, T0.plusDays(2));
        bobCannotSeeIt(client);
        alice.post("/api/clients/" + client + "/shares", Map.of("worker", "bob")).expect(204);
        bobWorksOnIt(client);

        ServiceWithMovableClock.CLOCK.moveTo(T0.plusDays(2));
        bobWorksOnIt(client);

        ServiceWithMovableClock.CLOCK.moveTo(T0.plusDays(3));
        bobCannotSeeIt(client);
        JsonNode sharing = alice.get("/api/clients/" + client + "/sharing").expect(200).json();
        assertThat(sharing.at("/shares/0/worker").asText()).isEqualTo("bob");
        assertThat(sharing.at("/shares/0/lastDay").asText()).isEqualTo(T0.plusDays(2).toString());
        assertThat(sharing.at("/shares/0/inForce").asBoolean()).isFalse();
        assertThat(sharing.at("/consents/0/inForce").asBoolean()).isFalse();
        alice.post("/api/clients/" + client + "/shares", Map.of("worker", "bob"))
                .expectProblem(422, "worker", "no-consent-in-force");
    }

    @Test
    void shareStopsAtOnceWhenTheConsentIsRevoked() {
        UUID client = alicesClient("Odvolaná");
        UUID consent = consent(client, null);
        alice.post("/api/clients/" + client + "/shares", Map.of("worker", "bob")).expect(204);
        bobWorksOnIt(client);

        alice.post("/api/clients/" + client + "/consents/" + consent + "/revocation", Map.of()).expect(204);
        bobCannotSeeIt(client);
        JsonNode sharing = alice.get("/api/clients/" + client + "/sharing").expect(200).json();
        assertThat(sharing.at("/consents/0/revokedOn").asText()).isEqualTo(T0.toString());
        alice.post("/api/clients/" + client + "/consents/" + consent + "/revocation", Map.of())
                .expectProblem(422, "consentId", "already-revoked");
    }

    @Test
    void sharingStopsOnRequestAndANamedConsentCoversOnlyItsWorkers() {
        UUID client = alicesClient("Jmenovitá");
        alice.post("/api/clients/" + client + "/consents", Map.of("givenOn", T0.toString(),
                "scope", "NAMED_WORKERS", "workers", List.of("bob"))).expect(201);
        alice.post("/api/clients/" + client + "/shares", Map.of("worker", "carol"))
                .expectProblem(422, "worker", "no-consent-in-force");
        alice.post("/api/clients/" + client + "/shares", Map.of("worker", "bob")).expect(204);
        bobWorksOnIt(client);
        alice.send("DELETE", "/api/clients/" + client + "/shares/bob", null).expect(204);
        bobCannotSeeIt(client);
        alice.send("DELETE", "/api/clients/" + client + "/shares/bob", null).expectProblem(404);
    }

    @Test
    void onlyTheResponsibleWorkerOrACoordinatorManagesSharing() {
        UUID client = alicesClient("Spravovaná");
        consent(client, null);
        alice.post("/api/clients/" + client + "/shares", Map.of("worker", "bob")).expect(204);
        Api dana = as("dana");
        bob.post("/api/clients/" + client + "/shares", Map.of("worker", "dana")).expectProblem(403);
        bob.send("DELETE", "/api/clients/" + client + "/shares/bob", null).expectProblem(403);
        carol.send("DELETE", "/api/clients/" + client + "/shares/bob", null).expect(204);
        dana.post("/api/clients/" + client + "/consents", Map.of("givenOn", T0.toString(), "scope", "ANY_WORKER"))
                .expect(201);
    }

    @Test
    void aCoordinatorHandsAFileOverAsAnEvent() {
        UUID client = alicesClient("Předaná");
        alice.put("/api/clients/" + client + "/responsible-worker", Map.of("worker", "bob")).expectProblem(403);
        carol.put("/api/clients/" + client + "/responsible-worker", Map.of("worker", "nobody"))
                .expectProblem(422, "worker", "unknown-worker");
        carol.put("/api/clients/" + client + "/responsible-worker", Map.of("worker", "audrey"))
                .expectProblem(422, "worker", "unknown-worker");
        carol.put("/api/clients/" + client + "/responsible-worker", Map.of("worker", "bob")).expect(204);

        bob.get("/api/clients/" + client).expect(200);
        alice.get("/api/clients/" + client).expectProblem(404);
        Eventually.json(carol, "/api/clients/" + client, card -> card.get("responsibleWorker").asText().equals("bob"));
        JsonNode history = as("audrey").get("/api/audit/clients/" + client + "/events").expect(200).json();
        assertThat(history.get("items").findValuesAsText("type")).contains("ResponsibleWorkerChanged");

        UUID family = alice.post("/api/families", Map.of("name", "Předávaní")).createdId();
        carol.put("/api/families/" + family + "/responsible-worker", Map.of("worker", "bob")).expect(204);
        Eventually.json(bob, "/api/families/" + family, card -> true);
        alice.get("/api/families/" + family).expectProblem(404);
    }

    @Test
    void badConsentsAreRefusedWithTheFieldAndTheRuleAndNothingIsStored() {
        UUID client = alicesClient("Chybná");
        String consents = "/api/clients/" + client + "/consents";
        long before = storedEvents();
        alice.post(consents, Map.of("givenOn", T0.toString())).expectProblem(400, "scope", "required");
        alice.post(consents, Map.of("givenOn", T0.toString(), "validUntil", T0.minusDays(1).toString(),
                "scope", "ANY_WORKER")).expectProblem(422, "validUntil", "not-before-given-on");
        alice.post(consents, Map.of("givenOn", T0.plusDays(1).toString(), "scope", "ANY_WORKER"))
                .expectProblem(422, "givenOn", "not-in-future");
        alice.post(consents, Map.of("givenOn", T0.toString(), "scope", "NAMED_WORKERS", "workers", List.of("nobody")))
                .expectProblem(422, "workers[0]", "unknown-worker");
        alice.post(consents, Map.of("givenOn", T0.toString(), "scope", "EVERYONE")).expectProblem(400);
        alice.post("/api/clients/" + client + "/shares", Map.of("worker", "")).expectProblem(400, "worker",
                "required");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aFileNotVisibleAnswersAsAFileThatDoesNotExistAndTheRefusalIsLogged() {
        UUID client = alicesClient("Skrytá");
        Response hidden = bob.get("/api/clients/" + client);
        Response missing = bob.get("/api/clients/" + UUID.randomUUID());
        assertThat(hidden.status()).isEqualTo(missing.status()).isEqualTo(404);
        assertThat(hidden.json().get("detail").asText().replace(client.toString(), "ID"))
                .isEqualTo(missing.json().get("detail").asText().replaceAll("[0-9a-f-]{36}", "ID"));
        bob.post("/api/clients/" + client + "/engagements", Map.of("title", "x", "openedOn", T0.toString()))
                .expectProblem(404);

        JsonNode log = as("audrey").get("/api/audit/security-log?kind=ACCESS_REFUSED&user=bob&size=200")
                .expect(200).json();
        assertThat(log.get("items")).anySatisfy(entry -> {
            assertThat(entry.get("fileId").asText()).isEqualTo(client.toString());
            assertThat(entry.get("endpoint").asText()).isEqualTo("GET /api/clients/" + client);
        });
        assertThat(log.get("items")).anySatisfy(entry ->
                assertThat(entry.get("endpoint").asText()).isEqualTo("POST /api/clients/" + client + "/engagements"));
    }

    private long storedEvents() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
