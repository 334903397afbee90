package org.casework.api.duplicates;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.ApiTest;
import org.casework.api.support.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20: a coordinator merges two files of one person; the merged file points to the one that stays. */
class MergeApiTest extends ApiTest {

    private Api carol;
    private String surname;

    private UUID client(Api worker, String firstName) {
        return worker.post("/api/clients", Map.of("firstName", firstName, "lastName", surname,
                "birthDate", "1985-03-15")).createdId();
    }

    private static Map<String, Object> merge(Object mergedClientId, Object reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("mergedClientId", mergedClientId);
        body.put("reason", reason);
        return body;
    }

    private List<String> types(UUID aggregate, String kind) {
        JsonNode history = as("audrey").get("/api/audit/" + kind + "/" + aggregate + "/events?size=200")
                .expect(200).json();
        List<String> types = new ArrayList<>();
        history.get("items").forEach(event -> types.add(event.get("type").asText()));
        return types;
    }

    private void setUpNames() {
        carol = as("carol");
        surname = "Sloučená" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aMergeKeepsEveryEventOfBothFilesReadableAndTheOverviewShowsOneFile() {
        setUpNames();
        UUID survivor = client(alice, "Jana");
        UUID merged = client(as("bob"), "Jana");
        UUID kept = openEngagement(alice, survivor, TODAY.minusDays(20));
        UUID moved = openEngagement(as("bob"), merged, TODAY.minusDays(30));
        alice.post("/api/engagements/" + kept + "/consultations", meeting(TODAY.minusDays(10), 30)).expect(201);
        as("bob").post("/api/engagements/" + moved + "/consultations", meeting(TODAY.minusDays(5), 30)).expect(201);
        as("bob").post("/api/engagements/" + moved + "/consultations", meeting(TODAY.minusDays(25), 30)).expect(201);
        alice.post("/api/clients/" + survivor + "/contracts", Map.of("number", "K-1", "signedOn",
                TODAY.minusDays(20).toString(), "validFrom", TODAY.minusDays(20).toString())).expect(201);
        as("bob").post("/api/clients/" + merged + "/contracts", Map.of("number", "K-2", "signedOn",
                TODAY.minusDays(60).toString(), "validFrom", TODAY.minusDays(60).toString())).expect(201);
        List<String> survivorBefore = types(survivor, "clients");
        List<String> mergedBefore = types(merged, "clients");
        List<String> engagementBefore = types(moved, "engagements");

        carol.post("/api/clients/" + survivor + "/merge", merge(merged, "one person, registered twice")).expect(204);

        List<String> survivorAfter = types(survivor, "clients");
        assertThat(survivorAfter.subList(0, survivorBefore.size())).containsExactlyElementsOf(survivorBefore);
        assertThat(survivorAfter.get(survivorBefore.size())).isEqualTo("ClientFileTakenOver");
        assertThat(survivorAfter.subList(survivorBefore.size() + 1, survivorAfter.size()))
                .as("the merged file's status entries, then its contract").contains("StatusRecorded", "ContractSigned");
        JsonNode contracts = awaitJson(carol, "/api/clients/" + survivor + "/contracts", list -> list.size() == 2);
        assertThat(contracts.findValuesAsText("number")).containsExactlyInAnyOrder("K-1", "K-2");
        assertThat(types(merged, "clients")).containsExactlyElementsOf(concat(mergedBefore, "ClientMergedInto"));
        assertThat(types(moved, "engagements"))
                .containsExactlyElementsOf(concat(engagementBefore, "EngagementMovedToClient"));
        JsonNode mergedHistory = as("audrey").get("/api/audit/clients/" + merged + "/events").expect(200).json();
        assertThat(mergedHistory.at("/items/0/payload/personalData/lastName").asText()).isEqualTo(surname);
        JsonNode mergeEvent = mergedHistory.get("items").get(mergedHistory.get("items").size() - 1);
        assertThat(mergeEvent.at("/payload/survivorId").asText()).isEqualTo(survivor.toString());
        assertThat(mergeEvent.at("/payload/reason").asText()).isEqualTo("one person, registered twice");
        assertThat(mergeEvent.get("actor").asText()).isEqualTo("carol");

        JsonNode overview = awaitJson(carol, "/api/clients?count=true&q=" + surname,
                page -> page.get("total").asInt() == 1);
        assertThat(overview.at("/items/0/id").asText()).isEqualTo(survivor.toString());
        assertThat(overview.at("/items/0/lastContactOn").asText()).isEqualTo(TODAY.minusDays(5).toString());
        JsonNode engagements = awaitJson(carol, "/api/clients/" + survivor + "/engagements",
                list -> list.get("total").asInt() == 2);
        assertThat(List.of(engagements.at("/items/0/id").asText(), engagements.at("/items/1/id").asText()))
                .containsExactlyInAnyOrder(kept.toString(), moved.toString());
        awaitJson(carol, "/api/chronology?client=" + survivor, page -> page.get("items").size() == 3);

        Response pointer = carol.get("/api/clients/" + merged).expectProblem(410);
        assertThat(pointer.json().get("type").asText()).isEqualTo("urn:casework:problem:file-merged");
        assertThat(pointer.json().get("mergedInto").asText()).isEqualTo(survivor.toString());
        assertThat(pointer.header("Location")).isEqualTo("/api/clients/" + survivor);
        as("bob").post("/api/clients/" + merged + "/statuses", status("APPLICANT", TODAY.toString(), null, null))
                .expectProblem(410);
        assertThat(types(merged, "clients")).containsExactlyElementsOf(concat(mergedBefore, "ClientMergedInto"));

        alice.post("/api/engagements/" + moved + "/consultations", meeting(TODAY, 15)).expect(201);
        awaitJson(alice, "/api/chronology?client=" + survivor, page -> page.get("items").size() == 4);
        as("bob").get("/api/engagements/" + moved).expectProblem(404);
    }

    /**
     * Both files entered 1998 (no other test uses that year), in manual mode so that no automatic rule adds to them:
     * each became APPLICANT on registering. After the merge the survivor holds both entries; the person entered the
     * status once.
     */
    @Test
    void aMergedPersonCountsOnceInTheStatusStatistics() {
        setUpNames();
        Api adam = as("adam");
        adam.put("/api/admin/settings", settings("MANUAL")).expect(200);
        try {
            UUID survivor = alice.post("/api/clients", Map.of("firstName", "Jana", "lastName", surname,
                    "birthDate", "1970-01-01", "registeredOn", "1998-03-02")).createdId();
            UUID merged = as("bob").post("/api/clients", Map.of("firstName", "Jana", "lastName", surname,
                    "birthDate", "1970-01-01", "registeredOn", "1998-03-09")).createdId();
            String year = "/api/statistics/statuses?from=1998-01-01&to=1998-12-31";
            JsonNode before = awaitJson(as("stella"), year,
                    s -> s.at("/clients/entered/APPLICANT").asInt() == 2);
            assertThat(before.at("/clients/entriesBySource/MANUAL").asInt()).isEqualTo(2);

            carol.post("/api/clients/" + survivor + "/merge", merge(merged, "one person, registered twice"))
                    .expect(204);

            assertThat(awaitJson(carol, "/api/clients/" + survivor + "/status-history",
                    h -> h.get("entries").size() == 2).findValuesAsText("status"))
                    .containsExactly("APPLICANT", "APPLICANT");
            // the survivor's own entry and the one it took over count; the merged file's no longer
            awaitJson(as("stella"), year, s -> s.at("/clients/entered/APPLICANT").asInt() == 1
                    && s.at("/clients/entriesBySource/MANUAL").asInt() == 2);
        } finally {
            adam.put("/api/admin/settings", settings("AUTOMATIC")).expect(200);
        }
    }

    private static Map<String, Object> settings(String mode) {
        return Map.of("statusMode", mode, "contactedStateUsed", false, "noContactDays", 90,
                "consultationGapDays", 30, "openEngagementDays", 365, "statusSharedWithFamily", false);
    }

    @Test
    void erasingTheSurvivorErasesTheMergedFileToo() {
        setUpNames();
        UUID survivor = client(alice, "Ema");
        UUID merged = client(alice, "Ema");
        carol.post("/api/clients/" + survivor + "/merge", merge(merged, "twice")).expect(204);

        as("adam").post("/api/admin/clients/" + survivor + "/erasure", Map.of("reason", "request 2/2026"))
                .expect(200);

        assertThat(jdbc.queryForObject("select count(*) from personal_data_key where subject_id in (?, ?)"
                + " and erased_at is not null", Long.class, survivor, merged)).isEqualTo(2);
        JsonNode mergedHistory = as("audrey").get("/api/audit/clients/" + merged + "/events").expect(200).json();
        assertThat(mergedHistory.at("/items/0/payload/personalData/lastName").asText()).isEqualTo("[erased]");
        assertThat(types(merged, "clients")).endsWith("ClientMergedInto", "ClientErased");
    }

    @Test
    void badMergesAreRefusedAndStoreNothing() {
        setUpNames();
        UUID survivor = client(alice, "Iva");
        UUID merged = client(alice, "Iva");
        UUID member = client(alice, "Iva");
        UUID family = alice.post("/api/families", Map.of("name", surname + "ovi")).createdId();
        alice.post("/api/families/" + family + "/members", Map.of("clientId", member, "relation", "REFERENCE_PERSON"))
                .expect(204);
        long before = storedEvents();
        String path = "/api/clients/" + survivor + "/merge";

        carol.post(path, "{\"reason\":\"twice\"}").expectProblem(400, "mergedClientId", "required");
        carol.post(path, merge(merged, " ")).expectProblem(400, "reason", "required");
        carol.post(path, merge("not-an-id", "twice")).expectProblem(400, "mergedClientId", "type");
        carol.post(path, "{\"mergedClientId\":\"" + merged + "\",\"reason\":\"twice\",\"extra\":1}")
                .expectProblem(400, "extra", "unknown-field");
        carol.post(path, merge(merged, "x".repeat(2001))).expectProblem(400, "reason", "size");
        carol.post(path, merge(survivor, "twice")).expectProblem(422, "mergedClientId", "not-the-same-file");
        carol.post(path, merge(UUID.randomUUID(), "twice")).expectProblem(422, "mergedClientId", "unknown-client");
        carol.post(path, merge(member, "twice")).expectProblem(422, "mergedClientId", "merged-file-in-family");
        carol.post("/api/clients/" + UUID.randomUUID() + "/merge", merge(merged, "twice")).expectProblem(404);
        alice.post(path, merge(merged, "twice")).expectProblem(403);
        as("audrey").post(path, merge(merged, "twice")).expectProblem(403);
        assertThat(storedEvents()).isEqualTo(before);

        as("dana").post(path, merge(merged, "twice")).expect(204);
        UUID third = client(alice, "Iva");
        carol.post("/api/clients/" + third + "/merge", merge(merged, "again"))
                .expectProblem(422, "mergedClientId", "already-merged");
        carol.post("/api/clients/" + merged + "/merge", merge(third, "back")).expectProblem(410);
    }

    private static List<String> concat(List<String> before, String added) {
        List<String> all = new ArrayList<>(before);
        all.add(added);
        return all;
    }
}
