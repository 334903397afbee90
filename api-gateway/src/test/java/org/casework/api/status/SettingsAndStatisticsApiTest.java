package org.casework.api.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisation settings, and status statistics on a small hand-built data set in 1995. */
class SettingsAndStatisticsApiTest extends ApiTest {

    static Map<String, Object> settings(String mode, boolean contacted, int noContactDays) {
        return Map.of("statusMode", mode, "contactedStateUsed", contacted, "noContactDays", noContactDays,
                "consultationGapDays", 30, "openEngagementDays", 365, "statusSharedWithFamily", false);
    }

    private Api adam() {
        return as("adam");
    }

    @AfterEach
    void restoreDefaults() {
        adam().put("/api/admin/settings", settings("AUTOMATIC", false, 90)).expect(200);
    }

    @Test
    void settingsAreChangedByAnAdministratorAndKeptWithWhoChangedThem() {
        JsonNode changed = adam().put("/api/admin/settings", settings("MANUAL", true, 45)).expect(200).json();
        assertThat(changed.get("statusMode").asText()).isEqualTo("MANUAL");
        assertThat(changed.get("noContactDays").asInt()).isEqualTo(45);
        assertThat(changed.get("changedBy").asText()).isEqualTo("adam");

        JsonNode read = adam().get("/api/admin/settings").expect(200).json();
        assertThat(read.get("contactedStateUsed").asBoolean()).isTrue();
        assertThat(read.get("automaticSince").isNull()).isTrue();

        JsonNode automatic = adam().put("/api/admin/settings", settings("AUTOMATIC", true, 45)).expect(200).json();
        assertThat(automatic.get("automaticSince").asText()).isEqualTo(TODAY.toString());
    }

    @Test
    void settingsAreForAdministratorsOnlyAndChecked() {
        alice.get("/api/admin/settings").expectProblem(403);
        as("carol").put("/api/admin/settings", settings("MANUAL", true, 45)).expectProblem(403);
        Map<String, Object> bad = new HashMap<>(settings("MANUAL", true, 0));
        adam().put("/api/admin/settings", bad).expectProblem(400, "noContactDays", "min");
        bad.put("statusMode", "SOMETIMES");
        adam().put("/api/admin/settings", bad).expectProblem(400, "statusMode", "type");
        bad.remove("statusMode");
        adam().put("/api/admin/settings", bad).expectProblem(400, "statusMode", "required");
    }

    @Test
    void newClientStartsAsContactedWhenTheOrganisationUsesThatState() {
        adam().put("/api/admin/settings", settings("AUTOMATIC", true, 90)).expect(200);
        UUID clientId = registerClient(alice, "Olga", "Oslovená");
        JsonNode card = awaitJson(alice, "/api/clients/" + clientId, c -> c.at("/status/status").asText()
                .equals("CONTACTED"));
        assertThat(card.get("colour").asText()).isEqualTo("GREY");

        openEngagement(alice, clientId, TODAY);
        awaitJson(alice, "/api/clients/" + clientId, c -> c.path("colour").asText().equals("YELLOW"));
    }

    @Test
    void inManualModeNothingChangesByItself() {
        adam().put("/api/admin/settings", settings("MANUAL", false, 90)).expect(200);
        UUID clientId = registerClient(alice, "Milan", "Ruční");
        alice.post("/api/clients/" + clientId + "/contracts", Map.of("number", "M-1",
                "signedOn", TODAY.toString(), "validFrom", TODAY.toString())).expect(201);

        JsonNode card = awaitJson(alice, "/api/clients/" + clientId, c -> c.path("contracts").size() == 1);
        assertThat(card.at("/status/status").asText()).isEqualTo("APPLICANT");
        assertThat(card.get("colour").asText()).isEqualTo("RED");
        JsonNode history = awaitJson(alice, "/api/clients/" + clientId + "/status-history",
                h -> h.get("entries").size() == 1);
        assertThat(history.get("entries")).allSatisfy(e -> assertThat(e.get("source").asText()).isEqualTo("MANUAL"));
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%.StatusRecorded'", Long.class, clientId.toString()))
                .as("status entries in the event store").isEqualTo(1);
    }

    private UUID registerOn(String lastName, String registeredOn) {
        Map<String, Object> body = new HashMap<>(client("Statistika", lastName));
        body.put("registeredOn", registeredOn);
        return alice.post("/api/clients", body).createdId();
    }

    private UUID createFamilyOn(String name, String createdOn) {
        return alice.post("/api/families", Map.of("name", name, "createdOn", createdOn)).createdId();
    }

    private void recordFamily(UUID familyId, String status, String on, String reason) {
        alice.post("/api/families/" + familyId + "/statuses", status(status, on, reason, null)).expect(204);
    }

    private void record(UUID clientId, String status, String on, String reason, String note) {
        alice.post("/api/clients/" + clientId + "/statuses", status(status, on, reason, note)).expect(204);
    }

    @Test
    void statusStatisticsCountClientsAndFamiliesApart() {
        // a long no-contact period keeps the automatic rule out of 1995
        adam().put("/api/admin/settings", settings("AUTOMATIC", false, 3650)).expect(200);
        registerOn("Automatická", "1995-08-01");                        // APPLICANT, automatic
        adam().put("/api/admin/settings", settings("MANUAL", false, 3650)).expect(200);
        UUID first = registerOn("První", "1995-01-10");                 // APPLICANT, manual
        record(first, "SERVICE_USER", "1995-02-01", null, null);
        record(first, "TERMINATED", "1995-11-30", "GOAL_ACHIEVED", null);
        UUID second = registerOn("Druhá", "1995-03-01");
        record(second, "REJECTED", "1995-03-15", "CAPACITY", null);
        UUID third = registerOn("Třetí", "1994-06-01");                 // before the period
        record(third, "SERVICE_USER", "1994-07-01", null, null);
        record(third, "SUSPENDED", "1995-05-01", null, null);
        UUID fourth = registerOn("Čtvrtá", "1995-06-01");
        record(fourth, "REJECTED", "1995-06-10", "OTHER", "moved to Brno");
        record(fourth, "APPLICANT", "1996-01-05", null, null);          // after the period
        UUID rejectedFamily = createFamilyOn("Rodina A", "1995-04-01"); // APPLICANT, manual
        recordFamily(rejectedFamily, "REJECTED", "1995-09-01", "CAPACITY");
        UUID servedFamily = createFamilyOn("Rodina B", "1995-02-01");
        recordFamily(servedFamily, "SERVICE_USER", "1995-03-01", null);

        JsonNode expected = json("""
                {"from": "1995-01-01", "to": "1995-12-31",
                 "clients": {
                   "inStatusOnTo": {"APPLICANT": 1, "SUSPENDED": 1, "REJECTED": 2, "TERMINATED": 1},
                   "entered": {"APPLICANT": 4, "SERVICE_USER": 1, "SUSPENDED": 1, "REJECTED": 2, "TERMINATED": 1},
                   "reasons": {"REJECTED": {"CAPACITY": 1, "OTHER": 1}, "TERMINATED": {"GOAL_ACHIEVED": 1}},
                   "entriesBySource": {"MANUAL": 8, "AUTOMATIC": 1}},
                 "families": {
                   "inStatusOnTo": {"SERVICE_USER": 1, "REJECTED": 1},
                   "entered": {"APPLICANT": 2, "SERVICE_USER": 1, "REJECTED": 1},
                   "reasons": {"REJECTED": {"CAPACITY": 1}},
                   "entriesBySource": {"MANUAL": 4}}}""");
        awaitJson(as("stella"), "/api/statistics/statuses?from=1995-01-01&to=1995-12-31", expected::equals);

        JsonNode endOf1994 = awaitJson(as("stella"), "/api/statistics/statuses?from=1994-01-01&to=1994-12-31",
                s -> true);
        assertThat(endOf1994.at("/clients/inStatusOnTo").toString()).isEqualTo("{\"SERVICE_USER\":1}");
        assertThat(endOf1994.at("/clients/entriesBySource").toString()).isEqualTo("{\"MANUAL\":2}");
        assertThat(endOf1994.at("/families/inStatusOnTo").toString()).isEqualTo("{}");
        assertThat(LocalDate.parse("1995-01-01")).isBefore(TODAY);
    }

    private static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
