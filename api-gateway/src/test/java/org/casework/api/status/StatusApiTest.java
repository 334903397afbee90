package org.casework.api.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Statuses, contracts, plans and the coloured overview over HTTP, in the default automatic mode. */
class StatusApiTest extends ApiTest {

    private UUID registerBackdated(String firstName, String lastName, int daysAgo) {
        Map<String, Object> body = new HashMap<>(client(firstName, lastName));
        body.put("registeredOn", TODAY.minusDays(daysAgo).toString());
        return alice.post("/api/clients", body).createdId();
    }

    private UUID signContract(UUID clientId, String number, String validFrom, String validTo) {
        return signContract(alice, clientId, number, validFrom, validTo);
    }

    private UUID signContract(Api by, UUID clientId, String number, String validFrom, String validTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("signedOn", validFrom);
        body.put("validFrom", validFrom);
        body.put("validTo", validTo);
        return by.post("/api/clients/" + clientId + "/contracts", body).createdId();
    }

    private JsonNode awaitColour(UUID clientId, String colour) {
        return awaitJson(alice, "/api/clients/" + clientId, card -> card.path("colour").asText().equals(colour));
    }

    @Test
    void newClientIsAnApplicantWaitingForAdmission() {
        UUID clientId = registerClient(alice, "Yvona", "Žlutá");

        JsonNode card = awaitColour(clientId, "YELLOW");
        assertThat(card.at("/status/status").asText()).isEqualTo("APPLICANT");
        assertThat(card.get("explanation").asText())
                .isEqualTo("applicant since " + TODAY + ", waiting for admission: no valid contract");
        JsonNode history = awaitJson(alice, "/api/clients/" + clientId + "/status-history",
                h -> h.get("entries").size() == 1);
        JsonNode entry = history.get("entries").get(0);
        assertThat(entry.get("source").asText()).isEqualTo("AUTOMATIC");
        assertThat(entry.get("recordedBy").asText()).isEqualTo("alice");
        assertThat(entry.get("current").asBoolean()).isTrue();
    }

    @Test
    void contractMakesAServiceUserAndThePlanMakesTheColourGreen() {
        UUID clientId = registerBackdated("Zdeněk", "Zelený", 20);
        signContract(clientId, "2025/7", TODAY.minusDays(10).toString(), null);
        awaitColour(clientId, "ORANGE");

        alice.put("/api/clients/" + clientId + "/plan", Map.of("validFrom", TODAY.minusDays(5).toString(),
                "reviewDue", TODAY.toString(), "goals", List.of("Keep the flat"))).expect(204);
        JsonNode card = awaitColour(clientId, "GREEN");
        assertThat(card.get("explanation").asText()).isEqualTo("service user since " + TODAY.minusDays(10)
                + ", contract 2025/7 valid with no end date, plan in order (review due " + TODAY + ")");
        assertThat(card.at("/plan/goals/0").asText()).isEqualTo("Keep the flat");
        assertThat(card.at("/contracts/0/validToday").asBoolean()).isTrue();

        alice.put("/api/clients/" + clientId + "/plan", Map.of("validFrom", TODAY.toString(),
                "reviewDue", TODAY.plusMonths(6).toString(), "goals", List.of("Find work"))).expect(204);
        JsonNode versions = awaitJson(alice, "/api/clients/" + clientId + "/plan", v -> v.size() == 2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(1).at("/goals/0").asText()).isEqualTo("Keep the flat");
    }

    @Test
    void endedContractTerminatesTheClientTheNextDay() {
        UUID clientId = registerBackdated("Tereza", "Černá", 40);
        UUID contractId = signContract(clientId, "2025/8", TODAY.minusDays(30).toString(), null);
        alice.post("/api/clients/" + clientId + "/contracts/" + contractId + "/end",
                Map.of("endedOn", TODAY.minusDays(2).toString(), "reason", "moved away")).expect(204);

        JsonNode card = awaitColour(clientId, "BLACK");
        assertThat(card.get("explanation").asText())
                .isEqualTo("terminated on " + TODAY.minusDays(1) + ", reason CONTRACT_ENDED");
        assertThat(card.at("/contracts/0/endedOn").asText()).isEqualTo(TODAY.minusDays(2).toString());
    }

    @Test
    void manualEntryWinsOverTheAutomaticOneOfTheSameDay() {
        UUID clientId = registerBackdated("Marek", "Ruční", 10);
        alice.post("/api/clients/" + clientId + "/statuses",
                status("REJECTED", TODAY.minusDays(10).toString(), "OUT_OF_TARGET_GROUP", null)).expect(204);

        JsonNode history = awaitJson(alice, "/api/clients/" + clientId + "/status-history",
                h -> h.get("entries").size() == 2);
        JsonNode automatic = history.get("entries").get(0);
        JsonNode manual = history.get("entries").get(1);
        assertThat(automatic.get("source").asText()).isEqualTo("AUTOMATIC");
        assertThat(automatic.get("overridden").asBoolean()).isTrue();
        assertThat(manual.get("status").asText()).isEqualTo("REJECTED");
        assertThat(manual.get("current").asBoolean()).isTrue();
        awaitColour(clientId, "BLACK");
    }

    @Test
    void backdatedEntryReSortsTheHistoryWithoutBecomingCurrent() {
        UUID clientId = registerBackdated("Bára", "Zpětná", 30);
        signContract(clientId, "2025/9", TODAY.minusDays(5).toString(), null);
        alice.post("/api/clients/" + clientId + "/statuses",
                status("REJECTED", TODAY.minusDays(20).toString(), "OTHER", "wrong district")).expect(204);

        JsonNode history = awaitJson(alice, "/api/clients/" + clientId + "/status-history",
                h -> h.get("entries").size() == 3);
        assertThat(history.get("entries")).extracting(e -> e.get("status").asText())
                .containsExactly("APPLICANT", "REJECTED", "SERVICE_USER");
        assertThat(history.at("/entries/2/current").asBoolean()).isTrue();
        assertThat(history.at("/entries/1/reasonNote").asText()).isEqualTo("wrong district");
    }

    @Test
    void invalidStatusEntriesAreRefusedWithTheFieldAndTheRule() {
        UUID clientId = registerClient(alice, "Chyba", "Stavová");
        long before = storedEvents();

        alice.post("/api/clients/" + clientId + "/statuses", status("TERMINATED", TODAY.toString(), null, null))
                .expectProblem(422, "reason", "reason-required");
        alice.post("/api/clients/" + clientId + "/statuses",
                        status("APPLICANT", TODAY.toString(), "CAPACITY", null))
                .expectProblem(422, "reason", "reason-not-allowed");
        alice.post("/api/clients/" + clientId + "/statuses", status("REJECTED", TODAY.toString(), "OTHER", null))
                .expectProblem(422, "reasonNote", "text-required-for-other");
        alice.post("/api/clients/" + clientId + "/statuses", status("SUSPENDED", TODAY.toString(), null, null))
                .expectProblem(422, "status", "suspend-only-service-user");
        alice.post("/api/clients/" + clientId + "/statuses", status("ASLEEP", TODAY.toString(), null, null))
                .expectProblem(400, "status", "type");
        alice.post("/api/clients/" + clientId + "/statuses", status("APPLICANT", null, null, null))
                .expectProblem(400, "effectiveDate", "required");
        alice.post("/api/clients/" + UUID.randomUUID() + "/statuses",
                status("APPLICANT", TODAY.toString(), null, null)).expectProblem(404);

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void invalidContractsAndPlansAreRefused() {
        UUID clientId = registerClient(alice, "Chyba", "Smluvní");
        long before = storedEvents();

        Map<String, Object> backwards = new HashMap<>(Map.of("number", "X-1", "signedOn", TODAY.toString(),
                "validFrom", TODAY.toString(), "validTo", TODAY.minusDays(1).toString()));
        alice.post("/api/clients/" + clientId + "/contracts", backwards)
                .expectProblem(422, "validTo", "not-before-valid-from");
        alice.post("/api/clients/" + clientId + "/contracts", Map.of("signedOn", TODAY.toString(),
                "validFrom", TODAY.toString())).expectProblem(400, "number", "required");
        alice.post("/api/clients/" + clientId + "/contracts/" + UUID.randomUUID() + "/end",
                Map.of("endedOn", TODAY.toString())).expectProblem(404);
        alice.put("/api/clients/" + clientId + "/plan", Map.of("validFrom", TODAY.toString(),
                "reviewDue", TODAY.minusDays(1).toString(), "goals", List.of("Rent")))
                .expectProblem(422, "reviewDue", "not-before-valid-from");
        alice.put("/api/clients/" + clientId + "/plan", Map.of("validFrom", TODAY.toString(),
                "reviewDue", TODAY.toString(), "goals", List.of())).expectProblem(400, "goals", "size");
        alice.get("/api/clients/" + UUID.randomUUID() + "/plan").expectProblem(404);
        assertThat(storedEvents()).isEqualTo(before);

        UUID contractId = signContract(clientId, "X-2", TODAY.minusDays(3).toString(), null);
        alice.post("/api/clients/" + clientId + "/contracts/" + contractId + "/end",
                Map.of("endedOn", TODAY.minusDays(4).toString())).expectProblem(422, "endedOn", "not-before-start");
    }

    @Test
    void overviewFiltersByStatusAndColourForToday() {
        String worker = newWorker("colour");
        Api carol = as("carol");
        Map<String, Object> yellow = new HashMap<>(client("Olga", "Barevná"));
        yellow.put("responsibleWorker", worker);
        UUID applicant = carol.post("/api/clients", yellow).createdId();
        Map<String, Object> red = new HashMap<>(client("Rudolf", "Barevný"));
        red.put("responsibleWorker", worker);
        red.put("registeredOn", TODAY.minusDays(60).toString());
        UUID serviceUser = carol.post("/api/clients", red).createdId();
        signContract(carol, serviceUser, "R-1", TODAY.minusDays(50).toString(), TODAY.minusDays(1).toString());
        // the contract ran out yesterday: terminated today by the automatic rule; a manual entry keeps the
        // client a service user, which contradicts the missing contract
        carol.post("/api/clients/" + serviceUser + "/statuses", status("SERVICE_USER", TODAY.toString(), null, null))
                .expect(204);

        JsonNode reds = awaitJson(carol, "/api/clients?count=true&worker=" + worker + "&colour=RED",
                page -> page.get("total").asInt() == 1);
        assertThat(reds.at("/items/0/id").asText()).isEqualTo(serviceUser.toString());
        assertThat(reds.at("/items/0/explanation").asText()).isEqualTo("service user since "
                + TODAY.minusDays(50) + ", yet no valid contract (contract R-1 ended on " + TODAY.minusDays(1) + ")");
        JsonNode yellows = carol.get("/api/clients?count=true&worker=" + worker + "&colour=YELLOW").expect(200).json();
        assertThat(yellows.get("total").asInt()).isEqualTo(1);
        assertThat(yellows.at("/items/0/id").asText()).isEqualTo(applicant.toString());
        assertThat(yellows.at("/items/0/status").asText()).isEqualTo("APPLICANT");
        JsonNode applicants = carol.get("/api/clients?count=true&worker=" + worker + "&status=APPLICANT&q=barevna")
                .expect(200).json();
        assertThat(applicants.get("total").asInt()).isEqualTo(1);
        assertThat(carol.get("/api/clients?count=true&worker=" + worker + "&colour=GREEN").json().get("total").asInt())
                .isZero();
        carol.get("/api/clients?count=true&colour=PURPLE").expectProblem(400, "colour", "type");
    }

    @Test
    void statusStatisticsAreForStatisticsCoordinatorsAndDirectorsOnly() {
        String path = "/api/statistics/statuses?from=2025-01-01&to=2025-12-31";
        as("stella").get(path).expect(200);
        as("carol").get(path).expect(200);
        as("dana").get(path).expect(200);
        alice.get(path).expectProblem(403);
        as("adam").get(path).expectProblem(403);
        as("stella").get("/api/statistics/statuses?from=2025-02-01&to=2025-01-01")
                .expectProblem(400, "to", "not-before-from");
        as("stella").get("/api/statistics/statuses?from=2025-02-01").expectProblem(400, "to", "required");
    }
}
