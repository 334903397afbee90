package org.casework.api.family;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.casework.api.support.Api;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every row of the R3 colour table (the one ColouringTest proves with its explanations), built through the API
 * for a client and for a family with the same facts: both get the row's colour and the same explanation, and the
 * colour filter of each overview finds them. Recorded in manual mode, so nothing changes the statuses by itself.
 */
class ColourTableApiTest extends ApiTest {

    static final LocalDate SINCE = TODAY.minusDays(100);

    enum Contract { NONE, VALID, OPEN_ENDED, VALID_TO_TODAY, EXPIRED_YESTERDAY, STARTS_TOMORROW }

    record Row(String status, Contract contract, Integer planReviewInDays, String colour) {

        @Override
        public String toString() {
            return status + " / " + contract + " / plan " + planReviewInDays + " -> " + colour;
        }
    }

    static final List<Row> TABLE = List.of(
            new Row("CONTACTED", Contract.NONE, null, "GREY"),
            new Row("APPLICANT", Contract.NONE, null, "YELLOW"),
            new Row("APPLICANT", Contract.EXPIRED_YESTERDAY, null, "YELLOW"),
            new Row("SERVICE_USER", Contract.VALID, 30, "GREEN"),
            new Row("SERVICE_USER", Contract.OPEN_ENDED, 0, "GREEN"),
            new Row("SERVICE_USER", Contract.VALID_TO_TODAY, 0, "GREEN"),
            new Row("SERVICE_USER", Contract.VALID, null, "ORANGE"),
            new Row("SERVICE_USER", Contract.VALID, -1, "ORANGE"),
            new Row("SUSPENDED", Contract.VALID, 30, "BLUE"),
            new Row("SUSPENDED", Contract.NONE, null, "BLUE"),
            new Row("SERVICE_USER", Contract.EXPIRED_YESTERDAY, 30, "RED"),
            new Row("SERVICE_USER", Contract.STARTS_TOMORROW, null, "RED"),
            new Row("SERVICE_USER", Contract.NONE, null, "RED"),
            new Row("APPLICANT", Contract.VALID_TO_TODAY, null, "RED"),
            new Row("REJECTED", Contract.OPEN_ENDED, null, "RED"),
            new Row("TERMINATED", Contract.VALID, null, "RED"),
            new Row("REJECTED", Contract.NONE, null, "BLACK"),
            new Row("TERMINATED", Contract.EXPIRED_YESTERDAY, null, "BLACK"));

    @AfterEach
    void restoreDefaults() {
        as("adam").put("/api/admin/settings", FamilyApiTest.settings("AUTOMATIC", false)).expect(200);
    }

    private Api coordinator;

    /** The files are given to a worker of their own, so the coordinator builds and reads them. */
    @Test
    void everyRowOfTheColourTableHoldsForClientsAndFamiliesAlike() {
        coordinator = as("carol");
        as("adam").put("/api/admin/settings", Map.of("statusMode", "MANUAL", "contactedStateUsed", true,
                "noContactDays", 90, "consultationGapDays", 30, "openEngagementDays", 365,
                "statusSharedWithFamily", false)).expect(200);
        String worker = newWorker("colours");
        List<UUID[]> files = new ArrayList<>();
        for (Row row : TABLE) {
            Map<String, Object> client = new HashMap<>(client("Barva", row.colour()));
            client.put("responsibleWorker", worker);
            client.put("registeredOn", SINCE.minusDays(1).toString());
            UUID clientId = coordinator.post("/api/clients", client).createdId();
            UUID familyId = coordinator.post("/api/families", Map.of("name", "Barevní " + row.colour(),
                    "responsibleWorker", worker, "createdOn", SINCE.minusDays(1).toString())).createdId();
            record("/api/clients/" + clientId, row);
            record("/api/families/" + familyId, row);
            files.add(new UUID[] {clientId, familyId});
        }

        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < TABLE.size(); i++) {
            Row row = TABLE.get(i);
            JsonNode client = awaitJson(coordinator, "/api/clients/" + files.get(i)[0], card -> complete(card, row));
            JsonNode family = awaitJson(coordinator, "/api/families/" + files.get(i)[1], card -> complete(card, row));
            softly.assertThat(client.get("colour").asText()).as("client colour, %s", row).isEqualTo(row.colour());
            softly.assertThat(family.get("colour").asText()).as("family colour, %s", row).isEqualTo(row.colour());
            softly.assertThat(family.get("explanation").asText()).as("family explanation, %s", row)
                    .isEqualTo(client.get("explanation").asText());
            softly.assertThat(ids(coordinator.get("/api/clients?count=true&worker=" + worker + "&colour=" + row.colour()
                    + "&size=100").expect(200).json())).as("client overview filter, %s", row)
                    .contains(files.get(i)[0].toString());
            softly.assertThat(ids(coordinator.get("/api/families?count=true&worker=" + worker + "&colour=" + row.colour()
                    + "&size=100").expect(200).json())).as("family overview filter, %s", row)
                    .contains(files.get(i)[1].toString());
        }
        softly.assertThat(coordinator.get("/api/families?count=true&worker=" + worker + "&size=100").json().get("total").asLong())
                .as("the family overview's worker filter").isEqualTo(TABLE.size());
        softly.assertAll();
    }

    /** Whether the card shows every fact of the row yet (read models follow the event store asynchronously). */
    private static boolean complete(JsonNode card, Row row) {
        return card.at("/status/status").asText().equals(row.status())
                && card.get("contracts").size() == (row.contract() == Contract.NONE ? 0 : 1)
                && (row.planReviewInDays() == null) == card.get("plan").isNull();
    }

    private void record(String file, Row row) {
        String reason = row.status().equals("REJECTED") || row.status().equals("TERMINATED") ? "DID_NOT_COME" : null;
        if (row.status().equals("SUSPENDED")) {
            coordinator.post(file + "/statuses", status("SERVICE_USER", SINCE.toString(), null, null)).expect(204);
            coordinator.post(file + "/statuses", status("SUSPENDED", SINCE.plusDays(1).toString(), null, null)).expect(204);
        } else if (!row.status().equals("CONTACTED")) {
            coordinator.post(file + "/statuses", status(row.status(), SINCE.toString(), reason, null)).expect(204);
        }
        Map<String, Object> contract = new HashMap<>(Map.of("number", "S-" + row.colour(),
                "signedOn", SINCE.toString(), "validFrom", SINCE.toString()));
        switch (row.contract()) {
            case NONE -> contract = null;
            case VALID -> contract.put("validTo", TODAY.plusMonths(6).toString());
            case OPEN_ENDED -> { }
            case VALID_TO_TODAY -> contract.put("validTo", TODAY.toString());
            case EXPIRED_YESTERDAY -> contract.put("validTo", TODAY.minusDays(1).toString());
            case STARTS_TOMORROW -> {
                contract.put("signedOn", TODAY.toString());
                contract.put("validFrom", TODAY.plusDays(1).toString());
            }
        }
        if (contract != null) {
            coordinator.post(file + "/contracts", contract).expect(201);
        }
        if (row.planReviewInDays() != null) {
            coordinator.put(file + "/plan", Map.of("validFrom", SINCE.toString(),
                    "reviewDue", TODAY.plusDays(row.planReviewInDays()).toString(), "goals", List.of("Rent"))).expect(204);
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
