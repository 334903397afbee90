package org.casework.api.family;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Families over HTTP: files, membership, their own status, contracts and plan, sharing and the family views. */
class FamilyApiTest extends ApiTest {

    private Api adam() {
        return as("adam");
    }

    static Map<String, Object> settings(String mode, boolean shared) {
        return Map.of("statusMode", mode, "contactedStateUsed", false, "noContactDays", 90,
                "consultationGapDays", 30, "openEngagementDays", 365, "statusSharedWithFamily", shared);
    }

    @AfterEach
    void restoreDefaults() {
        adam().put("/api/admin/settings", settings("AUTOMATIC", false)).expect(200);
    }

    private UUID createFamily(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("address", Map.of("street", "Dlouhá", "houseNumber", "12", "city", "Praha", "postalCode", "11000"));
        return alice.post("/api/families", body).createdId();
    }

    private void addMember(UUID familyId, UUID clientId, String relation) {
        alice.post("/api/families/" + familyId + "/members", Map.of("clientId", clientId, "relation", relation))
                .expect(204);
    }

    private JsonNode awaitFamily(UUID familyId, java.util.function.Predicate<JsonNode> until) {
        return awaitJson(alice, "/api/families/" + familyId, until);
    }

    @Test
    void familyCardListsItsMembersWithTheirOwnStatusAndColour() {
        UUID familyId = createFamily("Dvořákovi");
        UUID mother = registerClient(alice, "Jana", "Dvořáková");
        UUID son = registerClient(alice, "Petr", "Dvořák");
        addMember(familyId, mother, "REFERENCE_PERSON");
        addMember(familyId, son, "CHILD");

        // members and colours come from the family files, the family's status from the statuses read model
        JsonNode card = awaitFamily(familyId, f -> f.get("members").size() == 2
                && f.get("members").get(0).hasNonNull("colour") && f.get("members").get(1).hasNonNull("colour")
                && f.at("/status/status").isTextual());
        assertThat(card.get("name").asText()).isEqualTo("Dvořákovi");
        assertThat(card.at("/address/city").asText()).isEqualTo("Praha");
        assertThat(card.get("responsibleWorker").asText()).isEqualTo("alice");
        assertThat(card.get("memberCount").asInt()).isEqualTo(2);
        assertThat(card.at("/status/status").asText()).isEqualTo("APPLICANT");
        assertThat(card.get("colour").asText()).isEqualTo("YELLOW");
        assertThat(card.get("explanation").asText()).contains("waiting for admission");
        JsonNode first = card.get("members").get(0);
        assertThat(first.get("clientId").asText()).isEqualTo(mother.toString());
        assertThat(first.get("name").asText()).isEqualTo("Jana Dvořáková");
        assertThat(first.get("relation").asText()).isEqualTo("REFERENCE_PERSON");
        assertThat(first.get("since").asText()).isEqualTo(TODAY.toString());
        assertThat(first.get("status").asText()).isEqualTo("APPLICANT");
        assertThat(first.get("colour").asText()).isEqualTo("YELLOW");
        assertThat(card.get("formerMembers")).isEmpty();

        JsonNode clientCard = awaitJson(alice, "/api/clients/" + son, c -> c.hasNonNull("family"));
        assertThat(clientCard.at("/family/id").asText()).isEqualTo(familyId.toString());
        assertThat(clientCard.at("/family/name").asText()).isEqualTo("Dvořákovi");
        assertThat(clientCard.at("/family/relation").asText()).isEqualTo("CHILD");
        List<String> familyIds = new ArrayList<>();
        alice.get("/api/clients?count=true&q=Petr%20Dvorak&size=200").expect(200).json().get("items").forEach(row -> {
            if (row.get("id").asText().equals(son.toString())) {
                familyIds.add(row.get("familyId").asText());
            }
        });
        assertThat(familyIds).containsExactly(familyId.toString());

        // other tests' families may bear the same name in the shared test service: this one's row is found by id
        JsonNode overview = awaitJson(alice, "/api/families?count=true&size=100&q=dvorakovi",
                page -> rowOf(page, familyId) != null && rowOf(page, familyId).get("memberCount").asInt() == 2);
        JsonNode familyRow = rowOf(overview, familyId);
        assertThat(familyRow.get("colour").asText()).isEqualTo("YELLOW");
        assertThat(familyRow.get("explanation").asText()).isNotBlank();
    }

    @Test
    void badFamilyInputIsRefusedWithTheFieldAndTheRuleAndNothingIsStored() {
        long before = storedEvents();
        alice.post("/api/families", Map.of("name", " ")).expectProblem(400, "name", "required");
        alice.post("/api/families", Map.of("name", "Budoucí", "createdOn", TODAY.plusDays(1).toString()))
                .expectProblem(422, "createdOn", "not-in-future");
        UUID familyId = createFamily("Malí");
        UUID client = registerClient(alice, "Eva", "Malá");
        long afterSetUp = storedEvents();
        String members = "/api/families/" + familyId + "/members";
        alice.post(members, Map.of("clientId", client)).expectProblem(400, "relation", "required");
        alice.post(members, Map.of("clientId", client, "relation", "COUSIN")).expectProblem(400, "relation", "type");
        alice.post(members, Map.of("clientId", UUID.randomUUID(), "relation", "CHILD"))
                .expectProblem(422, "clientId", "unknown-client");
        alice.post(members, Map.of("clientId", client, "relation", "CHILD", "since", TODAY.plusDays(1).toString()))
                .expectProblem(422, "since", "not-in-future");
        alice.post("/api/families/" + UUID.randomUUID() + "/members", Map.of("clientId", client, "relation", "CHILD"))
                .expectProblem(404);
        alice.send("DELETE", members + "/" + client, null).expectProblem(404);
        assertThat(storedEvents()).isEqualTo(afterSetUp);
        assertThat(afterSetUp - before).as("one family and one client, each with its first status").isEqualTo(4);
    }

    @Test
    void clientAlreadyInAnotherFamilyIsRefused() {
        UUID first = createFamily("Horákovi");
        UUID second = createFamily("Horákovi u babičky");
        UUID child = registerClient(alice, "Adam", "Horák");
        addMember(first, child, "CHILD");
        long before = storedEvents();
        JsonNode problem = alice.post("/api/families/" + second + "/members",
                        Map.of("clientId", child, "relation", "GRANDCHILD"))
                .expectProblem(422, "clientId", "already-in-another-family").json();
        assertThat(problem.toString()).contains(first.toString());
        assertThat(storedEvents()).isEqualTo(before);
        alice.post("/api/families/" + first + "/members", Map.of("clientId", child, "relation", "CHILD"))
                .expectProblem(422, "clientId", "already-member");
    }

    @Test
    void memberWhoLeavesKeepsTheirHistoryAndCanJoinAnotherFamily() {
        adam().put("/api/admin/settings", settings("AUTOMATIC", true)).expect(200);
        UUID familyId = createFamily("Černí");
        UUID father = registerClient(alice, "Karel", "Černý");
        UUID daughter = registerClient(alice, "Lucie", "Černá");
        addMember(familyId, father, "REFERENCE_PERSON");
        addMember(familyId, daughter, "CHILD");
        alice.post("/api/families/" + familyId + "/statuses", status("REJECTED", TODAY.toString(), "CAPACITY", null))
                .expect(204);

        alice.send("DELETE", "/api/families/" + familyId + "/members/" + daughter + "?leftOn=" + TODAY, null)
                .expect(204);
        JsonNode card = awaitFamily(familyId, f -> f.get("formerMembers").size() == 1
                && f.at("/formerMembers/0/name").isTextual());
        assertThat(card.get("memberCount").asInt()).isEqualTo(1);
        assertThat(card.at("/formerMembers/0/clientId").asText()).isEqualTo(daughter.toString());
        assertThat(card.at("/formerMembers/0/name").asText()).isEqualTo("Lucie Černá");
        assertThat(card.at("/formerMembers/0/leftOn").asText()).isEqualTo(TODAY.toString());
        awaitJson(alice, "/api/clients/" + daughter, c -> c.get("family").isNull());

        // a later family entry reaches only the remaining member; the leaver keeps the entry shared before
        alice.post("/api/families/" + familyId + "/statuses", status("APPLICANT", TODAY.toString(), null, null))
                .expect(204);
        JsonNode fatherHistory = awaitJson(alice, "/api/clients/" + father + "/status-history",
                h -> h.get("entries").size() == 3);
        assertThat(fatherHistory.at("/entries/2/status").asText()).isEqualTo("APPLICANT");
        assertThat(fatherHistory.at("/entries/2/source").asText()).isEqualTo("FAMILY");
        JsonNode daughterHistory = awaitJson(alice, "/api/clients/" + daughter + "/status-history",
                h -> h.get("entries").size() == 2);
        assertThat(daughterHistory.at("/entries/1/status").asText()).isEqualTo("REJECTED");
        assertThat(daughterHistory.at("/entries/1/source").asText()).isEqualTo("FAMILY");
        assertThat(daughterHistory.at("/entries/1/current").asBoolean()).isTrue();

        UUID newFamily = createFamily("Černá a syn");
        addMember(newFamily, daughter, "REFERENCE_PERSON");
    }

    @Test
    void withSharingOnAFamilyStatusEntryReachesEveryMemberAsAFamilyEntry() {
        adam().put("/api/admin/settings", settings("AUTOMATIC", true)).expect(200);
        UUID familyId = createFamily("Veselí");
        UUID wife = registerClient(alice, "Marie", "Veselá");
        UUID husband = registerClient(alice, "Josef", "Veselý");
        addMember(familyId, wife, "REFERENCE_PERSON");
        addMember(familyId, husband, "SPOUSE");

        alice.post("/api/families/" + familyId + "/statuses",
                status("TERMINATED", TODAY.toString(), "MOVED_AWAY", null)).expect(204);

        JsonNode familyHistory = awaitJson(alice, "/api/families/" + familyId + "/status-history",
                h -> h.get("entries").size() == 2);
        assertThat(familyHistory.get("kind").asText()).isEqualTo("FAMILY");
        assertThat(familyHistory.at("/entries/1/source").asText()).isEqualTo("MANUAL");
        assertThat(familyHistory.at("/entries/1/recordedBy").asText()).isEqualTo("alice");
        for (UUID member : List.of(wife, husband)) {
            JsonNode history = awaitJson(alice, "/api/clients/" + member + "/status-history",
                    h -> h.get("entries").size() == 2);
            JsonNode shared = history.at("/entries/1");
            assertThat(shared.get("status").asText()).isEqualTo("TERMINATED");
            assertThat(shared.get("reason").asText()).isEqualTo("MOVED_AWAY");
            assertThat(shared.get("source").asText()).isEqualTo("FAMILY");
            assertThat(shared.get("recordedBy").asText()).isEqualTo("alice");
            assertThat(shared.get("current").asBoolean()).isTrue();
            awaitJson(alice, "/api/clients/" + member, c -> c.get("colour").asText().equals("BLACK"));
        }
        awaitFamily(familyId, f -> f.get("colour").asText().equals("BLACK")
                && f.get("members").get(0).get("colour").asText().equals("BLACK"));
    }

    @Test
    void withSharingOffFamilyAndMembersKeepTheirOwnStatus() {
        UUID familyId = createFamily("Novotní");
        UUID member = registerClient(alice, "Jiří", "Novotný");
        addMember(familyId, member, "REFERENCE_PERSON");
        alice.post("/api/families/" + familyId + "/statuses",
                status("REJECTED", TODAY.toString(), "CAPACITY", null)).expect(204);

        assertThat(storedEventsOf(member)).as("registered, first status, joined: nothing shared")
                .isEqualTo(3);
        awaitJson(alice, "/api/families/" + familyId + "/status-history", h -> h.get("entries").size() == 2);
        awaitFamily(familyId, f -> f.get("colour").asText().equals("BLACK"));
        JsonNode history = alice.get("/api/clients/" + member + "/status-history").expect(200).json();
        assertThat(history.get("entries")).hasSize(1);
        assertThat(history.at("/entries/0/status").asText()).isEqualTo("APPLICANT");
    }

    @Test
    void familyContractAndPlanMakeItGreenAndTheOverviewFiltersByColour() {
        UUID familyId = createFamily("Zelení " + UUID.randomUUID().toString().substring(0, 6));
        String base = "/api/families/" + familyId;
        UUID contractId = alice.post(base + "/contracts", Map.of("number", "R-" + familyId.toString().substring(0, 6),
                "signedOn", TODAY.toString(), "validFrom", TODAY.toString())).createdId();
        alice.put(base + "/plan", Map.of("validFrom", TODAY.toString(), "reviewDue", TODAY.plusMonths(6).toString(),
                "goals", List.of("Stable housing"))).expect(204);

        JsonNode card = awaitFamily(familyId, f -> f.get("colour").asText().equals("GREEN"));
        assertThat(card.at("/status/status").asText()).isEqualTo("SERVICE_USER");
        assertThat(card.at("/contracts/0/id").asText()).isEqualTo(contractId.toString());
        assertThat(card.at("/plan/version").asInt()).isEqualTo(1);
        assertThat(alice.get(base + "/contracts").expect(200).json().get(0).get("validToday").asBoolean()).isTrue();
        assertThat(alice.get(base + "/plan").expect(200).json().get(0).get("goals").get(0).asText())
                .isEqualTo("Stable housing");
        JsonNode greens = awaitJson(alice, "/api/families?count=true&colour=GREEN&status=SERVICE_USER&worker=alice&size=200",
                page -> contains(page, familyId));
        assertThat(greens.get("items").get(0).get("colour").asText()).isEqualTo("GREEN");
        assertThat(contains(alice.get("/api/families?count=true&colour=YELLOW&size=200").json(), familyId)).isFalse();

        alice.post(base + "/contracts/" + contractId + "/end", Map.of("endedOn", TODAY.minusDays(1).toString()))
                .expectProblem(422, "endedOn", "not-before-start");
        alice.post(base + "/contracts", Map.of("number", "X", "signedOn", TODAY.plusDays(1).toString(),
                "validFrom", TODAY.toString())).expectProblem(422, "signedOn", "not-in-future");
        alice.put(base + "/plan", Map.of("validFrom", TODAY.toString(), "reviewDue", TODAY.toString(),
                "goals", List.of())).expectProblem(400, "goals", "size");
    }

    private static boolean contains(JsonNode page, UUID id) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids.contains(id.toString());
    }

    @Test
    void familyStatusEntriesFollowTheClientsRules() {
        UUID familyId = createFamily("Pravidlovi");
        String statuses = "/api/families/" + familyId + "/statuses";
        alice.post(statuses, status("REJECTED", TODAY.toString(), null, null))
                .expectProblem(422, "reason", "reason-required");
        alice.post(statuses, status("SUSPENDED", TODAY.toString(), null, null))
                .expectProblem(422, "status", "suspend-only-service-user");
        alice.post(statuses, status("APPLICANT", TODAY.minusDays(1).toString(), null, null))
                .expectProblem(422, "effectiveDate", "not-before-registered");
    }

    @Test
    void unknownFamiliesAreNotFoundAndAClientIsNotAFamily() {
        UUID unknown = UUID.randomUUID();
        alice.get("/api/families/" + unknown).expectProblem(404);
        alice.get("/api/families/" + unknown + "/status-history").expectProblem(404);
        alice.get("/api/families/" + unknown + "/plan").expectProblem(404);
        alice.get("/api/families/" + unknown + "/contracts").expectProblem(404);
        alice.post("/api/families/" + unknown + "/statuses", status("APPLICANT", TODAY.toString(), null, null))
                .expectProblem(404);
        UUID client = registerClient(alice, "Není", "Rodina");
        awaitJson(alice, "/api/clients/" + client + "/status-history", h -> true);
        alice.get("/api/families/" + client + "/status-history").expectProblem(404);
        alice.post("/api/families/" + client + "/statuses", status("APPLICANT", TODAY.toString(), null, null))
                .expectProblem(404);
    }

    @Test
    void familyChronologyShowsTheConsultationsOfItsCurrentMembers() {
        UUID familyId = createFamily("Chronologičtí");
        UUID mother = registerClient(alice, "Olga", "Chronová");
        UUID son = registerClient(alice, "Ota", "Chron");
        UUID leaver = registerClient(alice, "Ivan", "Chron");
        UUID stranger = registerClient(alice, "Cizí", "Člověk");
        addMember(familyId, mother, "REFERENCE_PERSON");
        addMember(familyId, son, "CHILD");
        addMember(familyId, leaver, "CHILD");
        for (UUID client : List.of(mother, son, leaver, stranger)) {
            UUID engagement = openEngagement(alice, client, TODAY.minusDays(10));
            alice.post("/api/engagements/" + engagement + "/consultations", meeting(TODAY.minusDays(2), 30))
                    .expect(201);
        }
        alice.send("DELETE", "/api/families/" + familyId + "/members/" + leaver, null).expect(204);

        JsonNode page = awaitJson(alice, "/api/chronology?count=true&family=" + familyId,
                p -> p.get("total").asInt() == 2);
        List<String> clients = new ArrayList<>();
        page.get("items").forEach(item -> clients.add(item.get("clientId").asText()));
        assertThat(clients).containsExactlyInAnyOrder(mother.toString(), son.toString());
    }

    @Test
    void aMembersFirstEngagementMakesAContactedFamilyAnApplicant() {
        adam().put("/api/admin/settings", Map.of("statusMode", "AUTOMATIC", "contactedStateUsed", true,
                "noContactDays", 90, "consultationGapDays", 30, "openEngagementDays", 365,
                "statusSharedWithFamily", false)).expect(200);
        UUID familyId = createFamily("Oslovení");
        UUID member = registerClient(alice, "Oskar", "Oslovený");
        addMember(familyId, member, "REFERENCE_PERSON");
        awaitFamily(familyId, f -> f.at("/status/status").asText().equals("CONTACTED"));

        openEngagement(alice, member, TODAY);

        JsonNode card = awaitFamily(familyId, f -> f.at("/status/status").asText().equals("APPLICANT"));
        assertThat(card.get("colour").asText()).isEqualTo("YELLOW");
        JsonNode history = awaitJson(alice, "/api/families/" + familyId + "/status-history",
                h -> h.get("entries").size() == 2);
        assertThat(history.at("/entries/1/status").asText()).isEqualTo("APPLICANT");
        assertThat(history.at("/entries/1/source").asText()).isEqualTo("AUTOMATIC");
    }

    private static JsonNode rowOf(JsonNode page, UUID familyId) {
        for (JsonNode row : page.get("items")) {
            if (row.get("id").asText().equals(familyId.toString())) {
                return row;
            }
        }
        return null;
    }
}
