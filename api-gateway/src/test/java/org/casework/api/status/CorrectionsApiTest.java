package org.casework.api.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 over HTTP: a status entry marked as entered in error, a contract corrected or voided, with the history,
 * the card, the colour and the statistics following exactly; and the contract signed after a later manual entry.
 */
class CorrectionsApiTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void restoreDefaults() {
        as("adam").put("/api/admin/settings", SettingsAndStatisticsApiTest.settings("AUTOMATIC", false, 90))
                .expect(200);
    }

    private UUID registerOn(String lastName, String registeredOn) {
        Map<String, Object> body = new HashMap<>(client("Oprava", lastName));
        body.put("registeredOn", registeredOn);
        return alice.post("/api/clients", body).createdId();
    }

    private UUID signContract(String file, String number, String validFrom, String validTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("signedOn", validFrom);
        body.put("validFrom", validFrom);
        body.put("validTo", validTo);
        return alice.post(file + "/contracts", body).createdId();
    }

    private static Map<String, Object> correction(String number, String validFrom, String validTo, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("signedOn", validFrom);
        body.put("validFrom", validFrom);
        body.put("validTo", validTo);
        body.put("reason", reason);
        return body;
    }

    private JsonNode history(UUID clientId, java.util.function.Predicate<JsonNode> until) {
        return awaitJson(alice, "/api/clients/" + clientId + "/status-history", until);
    }

    private static int errors(JsonNode history) {
        int n = 0;
        for (JsonNode entry : history.get("entries")) {
            n += entry.get("inError").isNull() ? 0 : 1;
        }
        return n;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void anEntryMarkedInErrorStaysInTheHistoryStruckThroughAndTheStatusFallsBack() {
        UUID clientId = registerOn("Chybná", TODAY.minusDays(10).toString());
        alice.post("/api/clients/" + clientId + "/statuses",
                status("REJECTED", TODAY.minusDays(2).toString(), "CAPACITY", null)).expect(204);
        history(clientId, h -> h.get("entries").size() == 2);

        alice.post("/api/clients/" + clientId + "/statuses/1/error", Map.of("reason", "wrong client"))
                .expect(204);

        JsonNode history = history(clientId, h -> errors(h) == 1);
        JsonNode wrong = history.at("/entries/1");
        assertThat(wrong.get("entry").asInt()).isEqualTo(1);
        assertThat(wrong.get("status").asText()).isEqualTo("REJECTED");
        assertThat(wrong.get("current").asBoolean()).isFalse();
        assertThat(wrong.at("/inError/reason").asText()).isEqualTo("wrong client");
        assertThat(wrong.at("/inError/bySystem").asBoolean()).isFalse();
        assertThat(wrong.at("/inError/markedBy").asText()).isEqualTo("alice");
        assertThat(wrong.at("/inError/markedAt").asText()).isNotBlank();
        assertThat(history.at("/entries/0/current").asBoolean()).isTrue();
        JsonNode card = awaitJson(alice, "/api/clients/" + clientId,
                c -> c.at("/status/status").asText().equals("APPLICANT"));
        assertThat(card.get("colour").asText()).isEqualTo("YELLOW");
    }

    @Test
    void badMarksAreRefusedNamingTheFieldAndStoreNothing() {
        UUID clientId = registerOn("Odmítnutá", TODAY.minusDays(10).toString());
        alice.post("/api/clients/" + clientId + "/statuses",
                status("REJECTED", TODAY.toString(), "CAPACITY", null)).expect(204);
        alice.post("/api/clients/" + clientId + "/statuses/1/error", Map.of("reason", "wrong")).expect(204);
        long before = storedEvents();

        alice.post("/api/clients/" + clientId + "/statuses/1/error", Map.of("reason", "again"))
                .expectProblem(422, "entry", "already-in-error");
        alice.post("/api/clients/" + clientId + "/statuses/0/error", Map.of("reason", "the only one"))
                .expectProblem(422, "entry", "last-counting-entry");
        alice.post("/api/clients/" + clientId + "/statuses/7/error", Map.of("reason", "none")).expectProblem(404);
        alice.post("/api/clients/" + clientId + "/statuses/-1/error", Map.of("reason", "none"))
                .expectProblem(404);
        alice.post("/api/clients/" + clientId + "/statuses/0/error", Map.of("reason", " "))
                .expectProblem(400, "reason", "required");
        alice.post("/api/clients/" + UUID.randomUUID() + "/statuses/0/error", Map.of("reason", "x"))
                .expectProblem(404);
        alice.post("/api/clients/" + clientId + "/statuses/first/error", Map.of("reason", "x")).expectProblem(400);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aVoidedContractIsGoneAndTheAdmissionItMadeIsWithdrawnByTheSystem() {
        UUID clientId = registerOn("Zrušená", TODAY.minusDays(20).toString());
        String file = "/api/clients/" + clientId;
        UUID contractId = signContract(file, "V-1", TODAY.minusDays(10).toString(), null);
        awaitJson(alice, file, c -> c.path("colour").asText().equals("ORANGE"));

        alice.post(file + "/contracts/" + contractId + "/void", Map.of("reason", "another client's contract"))
                .expect(204);

        JsonNode card = awaitJson(alice, file, c -> c.path("colour").asText().equals("YELLOW"));
        assertThat(card.get("contracts").size()).isZero();
        assertThat(card.at("/status/status").asText()).isEqualTo("APPLICANT");
        JsonNode history = history(clientId, h -> errors(h) == 1);
        assertThat(history.at("/entries/1/status").asText()).isEqualTo("SERVICE_USER");
        assertThat(history.at("/entries/1/inError/reason").asText()).isEqualTo("contract voided");
        assertThat(history.at("/entries/1/inError/bySystem").asBoolean()).isTrue();

        alice.post(file + "/contracts/" + contractId + "/void", Map.of("reason", "again"))
                .expectProblem(422, "contractId", "contract-voided");
        alice.post(file + "/contracts/" + contractId + "/end", Map.of("endedOn", TODAY.toString()))
                .expectProblem(422, "contractId", "contract-voided");
        alice.post(file + "/contracts/" + UUID.randomUUID() + "/void", Map.of("reason", "x")).expectProblem(404);
        alice.post(file + "/contracts/" + contractId + "/void", Map.of()).expectProblem(400, "reason", "required");
    }

    @Test
    void aCorrectedContractShowsItsNewTermsAndTheAdmissionMovesToItsFirstValidDay() {
        UUID clientId = registerOn("Opravená", TODAY.minusDays(30).toString());
        String file = "/api/clients/" + clientId;
        UUID contractId = signContract(file, "C-1", TODAY.minusDays(20).toString(), null);
        history(clientId, h -> h.get("entries").size() == 2);

        alice.post(file + "/contracts/" + contractId + "/correction",
                correction("C-1a", TODAY.minusDays(15).toString(), TODAY.plusDays(30).toString(), "dates mistyped"))
                .expect(204);

        JsonNode history = history(clientId, h -> h.get("entries").size() == 3);
        assertThat(history.get("entries")).extracting(e -> e.get("status").asText() + " "
                        + e.get("effectiveDate").asText() + " " + !e.get("inError").isNull())
                .containsExactly("APPLICANT " + TODAY.minusDays(30) + " false",
                        "SERVICE_USER " + TODAY.minusDays(20) + " true",
                        "SERVICE_USER " + TODAY.minusDays(15) + " false");
        JsonNode card = awaitJson(alice, file, c -> c.at("/contracts/0/number").asText().equals("C-1a"));
        assertThat(card.at("/contracts/0/validFrom").asText()).isEqualTo(TODAY.minusDays(15).toString());
        assertThat(card.at("/contracts/0/validTo").asText()).isEqualTo(TODAY.plusDays(30).toString());
        assertThat(card.at("/status/since").asText()).isEqualTo(TODAY.minusDays(15).toString());
    }

    @Test
    void badCorrectionsAreRefusedNamingTheFieldAndStoreNothing() {
        UUID clientId = registerOn("Špatná", TODAY.minusDays(30).toString());
        String file = "/api/clients/" + clientId;
        UUID contractId = signContract(file, "B-1", TODAY.minusDays(20).toString(), null);
        signContract(file, "B-2", TODAY.minusDays(20).toString(), null);
        long before = storedEvents();
        String path = file + "/contracts/" + contractId + "/correction";

        alice.post(path, correction("B-1", TODAY.minusDays(20).toString(), null, "same"))
                .expectProblem(422, "contractId", "nothing-to-correct");
        alice.post(path, correction("B-2", TODAY.minusDays(20).toString(), null, "taken"))
                .expectProblem(422, "number", "number-unique");
        alice.post(path, correction("B-1", TODAY.minusDays(20).toString(), TODAY.minusDays(21).toString(), "x"))
                .expectProblem(422, "validTo", "not-before-valid-from");
        alice.post(path, correction("B-1", TODAY.plusDays(1).toString(), null, "x"))
                .expectProblem(422, "signedOn", "not-in-future");
        alice.post(path, correction(null, TODAY.toString(), null, "x")).expectProblem(400, "number", "required");
        alice.post(path, correction("B-1", TODAY.toString(), null, null)).expectProblem(400, "reason", "required");
        alice.post(file + "/contracts/" + UUID.randomUUID() + "/correction",
                correction("B-9", TODAY.toString(), null, "x")).expectProblem(404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    /**
     * The defect: manual REJECTED effective 21 Nov, then a contract valid from 11 Nov. The admission takes effect on
     * 11 Nov, the manual entry stays current, and the statistics count the service-user period; voiding the contract
     * takes it out of them again. In 1991, which no other test uses.
     */
    @Test
    void aContractSignedAfterALaterManualEntryAdmitsFromItsStartAndTheStatisticsFollowItsVoid() {
        // a long no-contact period keeps the automatic rule out of 1991
        as("adam").put("/api/admin/settings", SettingsAndStatisticsApiTest.settings("AUTOMATIC", false, 3650))
                .expect(200);
        UUID clientId = registerOn("Listopadová", "1991-11-01");
        String file = "/api/clients/" + clientId;
        alice.post(file + "/statuses", status("REJECTED", "1991-11-21", "CAPACITY", null)).expect(204);
        UUID contractId = signContract(file, "1991/11", "1991-11-11", null);

        JsonNode history = history(clientId, h -> h.get("entries").size() == 3);
        assertThat(history.get("entries")).extracting(e -> e.get("status").asText() + " "
                        + e.get("effectiveDate").asText() + " " + e.get("source").asText() + " "
                        + e.get("current").asBoolean())
                .containsExactly("APPLICANT 1991-11-01 AUTOMATIC false", "SERVICE_USER 1991-11-11 AUTOMATIC false",
                        "REJECTED 1991-11-21 MANUAL true");
        awaitJson(as("stella"), "/api/statistics/statuses?from=1991-11-01&to=1991-11-30", json("""
                {"from": "1991-11-01", "to": "1991-11-30",
                 "clients": {
                   "inStatusOnTo": {"REJECTED": 1},
                   "entered": {"APPLICANT": 1, "SERVICE_USER": 1, "REJECTED": 1},
                   "reasons": {"REJECTED": {"CAPACITY": 1}},
                   "entriesBySource": {"MANUAL": 1, "AUTOMATIC": 2}},
                 "families": {"inStatusOnTo": {}, "entered": {}, "reasons": {}, "entriesBySource": {}}}""")::equals);
        awaitJson(as("stella"), "/api/statistics/statuses?from=1991-11-15&to=1991-11-15", json("""
                {"from": "1991-11-15", "to": "1991-11-15",
                 "clients": {"inStatusOnTo": {"SERVICE_USER": 1}, "entered": {}, "reasons": {},
                   "entriesBySource": {}},
                 "families": {"inStatusOnTo": {}, "entered": {}, "reasons": {}, "entriesBySource": {}}}""")::equals);

        alice.post(file + "/contracts/" + contractId + "/void", Map.of("reason", "signed in error")).expect(204);

        awaitJson(as("stella"), "/api/statistics/statuses?from=1991-11-01&to=1991-11-30", json("""
                {"from": "1991-11-01", "to": "1991-11-30",
                 "clients": {
                   "inStatusOnTo": {"REJECTED": 1},
                   "entered": {"APPLICANT": 1, "REJECTED": 1},
                   "reasons": {"REJECTED": {"CAPACITY": 1}},
                   "entriesBySource": {"MANUAL": 1, "AUTOMATIC": 1}},
                 "families": {"inStatusOnTo": {}, "entered": {}, "reasons": {}, "entriesBySource": {}}}""")::equals);
        awaitJson(as("stella"), "/api/statistics/statuses?from=1991-11-15&to=1991-11-15",
                s -> s.at("/clients/inStatusOnTo").toString().equals("{\"APPLICANT\":1}"));
    }

    @Test
    void aFamilyEntryInErrorIsMarkedInItsMembersFilesToo() {
        as("adam").put("/api/admin/settings", Map.of("statusMode", "AUTOMATIC", "contactedStateUsed", false,
                "noContactDays", 90, "consultationGapDays", 30, "openEngagementDays", 365,
                "statusSharedWithFamily", true)).expect(200);
        UUID member = registerOn("Členka", TODAY.minusDays(10).toString());
        UUID familyId = alice.post("/api/families", Map.of("name", "Opravovi",
                "createdOn", TODAY.minusDays(10).toString())).createdId();
        alice.post("/api/families/" + familyId + "/members", Map.of("clientId", member, "relation",
                "REFERENCE_PERSON", "since", TODAY.minusDays(10).toString())).expect(204);
        alice.post("/api/families/" + familyId + "/statuses",
                status("REJECTED", TODAY.minusDays(1).toString(), "CAPACITY", null)).expect(204);
        history(member, h -> h.get("entries").size() == 2);

        alice.post("/api/families/" + familyId + "/statuses/1/error", Map.of("reason", "wrong family"))
                .expect(204);

        JsonNode family = awaitJson(alice, "/api/families/" + familyId + "/status-history",
                h -> errors(h) == 1);
        assertThat(family.at("/entries/1/inError/reason").asText()).isEqualTo("wrong family");
        JsonNode copy = history(member, h -> errors(h) == 1).at("/entries/1");
        assertThat(copy.get("source").asText()).isEqualTo("FAMILY");
        assertThat(copy.at("/inError/reason").asText()).isEqualTo("wrong family");
        assertThat(copy.at("/inError/bySystem").asBoolean()).isTrue();
        awaitJson(alice, "/api/clients/" + member, c -> c.at("/status/status").asText().equals("APPLICANT"));
        awaitJson(alice, "/api/families/" + familyId, c -> c.at("/status/status").asText().equals("APPLICANT"));
    }
}
