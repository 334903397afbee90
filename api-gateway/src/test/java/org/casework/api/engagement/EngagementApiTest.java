package org.casework.api.engagement;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.ApiTest;
import org.casework.api.support.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EngagementApiTest extends ApiTest {

    private UUID clientId;

    @BeforeEach
    void client() {
        clientId = registerClient(alice, "Eva", "Horáková");
    }

    @Test
    void engagementIsOpenedForAClientAndListedOnIt() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Bydlení");
        body.put("goal", "Udržet byt");
        body.put("openedOn", TODAY.minusDays(30).toString());
        body.put("problemTypes", List.of("FINANCIAL", "LIVING_CONDITIONS"));
        body.put("peopleInvolved", 3);
        body.put("problemDescription", "Dluh na nájemném");
        Response created = alice.post("/api/clients/" + clientId + "/engagements", body);
        UUID engagementId = created.createdId();
        assertThat(created.header("Location")).isEqualTo("/api/engagements/" + engagementId);

        JsonNode engagement = awaitJson(alice, "/api/engagements/" + engagementId, e -> true);
        assertThat(engagement.get("clientId").asText()).isEqualTo(clientId.toString());
        assertThat(engagement.get("title").asText()).isEqualTo("Bydlení");
        assertThat(engagement.get("responsibleWorker").asText()).isEqualTo("alice");
        assertThat(engagement.get("problemTypes").toString()).isEqualTo("[\"LIVING_CONDITIONS\",\"FINANCIAL\"]");
        assertThat(engagement.get("open").asBoolean()).isTrue();

        JsonNode list = awaitJson(alice, "/api/clients/" + clientId + "/engagements",
                l -> l.get("total").asInt() == 1);
        assertThat(list.at("/items/0/id").asText()).isEqualTo(engagementId.toString());
        assertThat(awaitJson(alice, "/api/clients/" + clientId, c -> c.get("openEngagements").asInt() == 1)
                .get("engagementCount").asInt()).isEqualTo(1);
    }

    @Test
    void clientEngagementsListOpenOnesFirstThenTheNewest() {
        UUID oldClosed = openEngagement(alice, clientId, TODAY.minusDays(300));
        UUID newClosed = openEngagement(alice, clientId, TODAY.minusDays(30));
        UUID oldOpen = openEngagement(alice, clientId, TODAY.minusDays(200));
        UUID newOpen = openEngagement(alice, clientId, TODAY.minusDays(10));
        for (UUID closed : new UUID[]{oldClosed, newClosed}) {
            alice.post("/api/engagements/" + closed + "/closure",
                    Map.of("closedOn", TODAY.toString(), "reason", "CONTACT_LOST")).expect(204);
        }
        JsonNode list = awaitJson(alice, "/api/clients/" + clientId + "/engagements",
                l -> l.get("total").asInt() == 4 && l.at("/items/3/open").asBoolean(true) == false
                        && l.at("/items/2/open").asBoolean(true) == false);
        assertThat(list.get("items").findValuesAsText("id")).containsExactly(newOpen.toString(), oldOpen.toString(),
                newClosed.toString(), oldClosed.toString());
        JsonNode secondPage = alice.get("/api/clients/" + clientId + "/engagements?size=3&page=1").expect(200).json();
        assertThat(secondPage.get("items").findValuesAsText("id")).containsExactly(oldClosed.toString());
    }

    @Test
    void engagementCannotBeOpenedForAnUnknownClient() {
        long before = storedEvents();
        alice.post("/api/clients/" + UUID.randomUUID() + "/engagements",
                Map.of("title", "Housing", "openedOn", TODAY.toString())).expectProblem(404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void engagementOpeningIsValidated() {
        long before = storedEvents();
        alice.post("/api/clients/" + clientId + "/engagements", "{}").expect(400);
        assertThat(alice.post("/api/clients/" + clientId + "/engagements", "{}").errors())
                .contains("title/required", "openedOn/required");
        alice.post("/api/clients/" + clientId + "/engagements",
                        Map.of("title", "Housing", "openedOn", TODAY.plusDays(1).toString()))
                .expectProblem(422, "openedOn", "not-in-future");
        alice.post("/api/clients/" + clientId + "/engagements",
                        Map.of("title", "Housing", "openedOn", TODAY.toString(), "problemTypes", List.of("OTHER")))
                .expectProblem(422, "problemTypeNote", "text-required-for-other");
        alice.post("/api/clients/" + clientId + "/engagements",
                        Map.of("title", "Housing", "openedOn", TODAY.toString(), "problemTypes", List.of("HUNGER")))
                .expectProblem(400, "problemTypes[0]", "type");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void consultationIsRecordedAndCounted() {
        UUID engagementId = openEngagement(alice, clientId, TODAY.minusDays(10));
        UUID consultationId = alice.post("/api/engagements/" + engagementId + "/consultations",
                meeting(TODAY.minusDays(2), 50)).createdId();

        JsonNode engagement = awaitJson(alice, "/api/engagements/" + engagementId,
                e -> e.get("consultationCount").asInt() == 1);
        assertThat(engagement.get("consultationMinutes").asLong()).isEqualTo(50);
        assertThat(engagement.get("lastConsultationOn").asText()).isEqualTo(TODAY.minusDays(2).toString());
        JsonNode card = awaitJson(alice, "/api/clients/" + clientId, c -> !c.get("lastContactOn").isNull());
        assertThat(card.get("lastContactOn").asText()).isEqualTo(TODAY.minusDays(2).toString());
        JsonNode chronology = awaitJson(alice, "/api/chronology?count=true&engagement=" + engagementId,
                c -> c.get("total").asInt() == 1);
        assertThat(chronology.at("/items/0/id").asText()).isEqualTo(consultationId.toString());
        assertThat(chronology.at("/items/0/worker").asText()).isEqualTo("alice");
    }

    @Test
    void consultationIsValidatedFieldByField() {
        UUID engagementId = openEngagement(alice, clientId, TODAY.minusDays(10));
        long before = storedEventsOf(engagementId);
        String path = "/api/engagements/" + engagementId + "/consultations";

        assertThat(alice.post(path, "{}").expect(400).errors()).contains("date/required", "kind/required",
                "durationMinutes/required", "place/required");
        alice.post(path, meeting(TODAY, 0)).expectProblem(422, "durationMinutes", "positive");
        alice.post(path, meeting(TODAY.plusDays(1), 30)).expectProblem(422, "date", "not-in-future");
        alice.post(path, meeting(TODAY.minusDays(11), 30)).expectProblem(422, "date", "not-before-engagement-opened");
        Map<String, Object> elsewhere = new LinkedHashMap<>(meeting(TODAY, 30));
        elsewhere.put("place", "ELSEWHERE");
        alice.post(path, elsewhere).expectProblem(422, "placeNote", "text-required-for-elsewhere");
        Map<String, Object> wrongKind = new LinkedHashMap<>(meeting(TODAY, 30));
        wrongKind.put("kind", "LUNCH");
        alice.post(path, wrongKind).expectProblem(400, "kind", "type");
        Map<String, Object> fraction = new LinkedHashMap<>(meeting(TODAY, 30));
        fraction.put("durationMinutes", 12.5);
        alice.post(path, fraction).expectProblem(400, "durationMinutes", "type");

        assertThat(storedEventsOf(engagementId)).isEqualTo(before);
    }

    @Test
    void batchRecordsAllConsultations() {
        UUID engagementId = openEngagement(alice, clientId, TODAY.minusDays(10));
        Response response = alice.post("/api/engagements/" + engagementId + "/consultations/batch",
                Map.of("consultations", List.of(meeting(TODAY.minusDays(3), 30), meeting(TODAY.minusDays(1), 45),
                        meeting(TODAY, 60)))).expect(201);
        assertThat(response.json().get("ids")).hasSize(3);

        awaitJson(alice, "/api/chronology?count=true&engagement=" + engagementId, c -> c.get("total").asInt() == 3);
        assertThat(storedEventsOf(engagementId)).isEqualTo(4);
    }

    @Test
    void batchIsAllOrNothing() {
        UUID engagementId = openEngagement(alice, clientId, TODAY.minusDays(10));
        List<Map<String, Object>> consultations = new ArrayList<>(List.of(meeting(TODAY, 30), meeting(TODAY, 30)));
        consultations.add(meeting(TODAY.plusDays(5), 30));
        alice.post("/api/engagements/" + engagementId + "/consultations/batch", Map.of("consultations", consultations))
                .expectProblem(422, "consultations[2].date", "not-in-future");

        Map<String, Object> missingKind = new LinkedHashMap<>(meeting(TODAY, 30));
        missingKind.remove("kind");
        alice.post("/api/engagements/" + engagementId + "/consultations/batch",
                        Map.of("consultations", List.of(meeting(TODAY, 30), missingKind)))
                .expectProblem(400, "consultations[1].kind", "required");
        alice.post("/api/engagements/" + engagementId + "/consultations/batch", Map.of("consultations", List.of()))
                .expectProblem(422, "consultations", "not-empty");
        alice.post("/api/engagements/" + engagementId + "/consultations/batch", "{}")
                .expectProblem(400, "consultations", "required");

        assertThat(storedEventsOf(engagementId)).isEqualTo(1);
    }

    @Test
    void consultationCannotBeRecordedIntoClosedEngagement() {
        UUID engagementId = openEngagement(alice, clientId, TODAY.minusDays(10));
        alice.post("/api/engagements/" + engagementId + "/closure",
                Map.of("closedOn", TODAY.toString(), "reason", "SUCCESSFUL")).expect(204);

        alice.post("/api/engagements/" + engagementId + "/consultations", meeting(TODAY, 30))
                .expectProblem(422, "engagementId", "engagement-open");
        alice.post("/api/engagements/" + engagementId + "/consultations/batch",
                Map.of("consultations", List.of(meeting(TODAY, 30)))).expectProblem(422, "engagementId", "engagement-open");
        assertThat(storedEventsOf(engagementId)).isEqualTo(2);
    }

    @Test
    void consultationCannotBeRecordedOutsideAnExistingEngagement() {
        alice.post("/api/engagements/" + UUID.randomUUID() + "/consultations", meeting(TODAY, 30)).expectProblem(404);
        // a client's id is not an engagement's
        long before = storedEventsOf(clientId);
        alice.post("/api/engagements/" + clientId + "/consultations", meeting(TODAY, 30)).expectProblem(404);
        alice.post("/api/engagements/" + clientId + "/closure",
                Map.of("closedOn", TODAY.toString(), "reason", "SUCCESSFUL")).expectProblem(404);
        assertThat(storedEventsOf(clientId)).isEqualTo(before);
    }

    @Test
    void engagementIsClosedWithReasonAndFollowUp() {
        UUID engagementId = openEngagement(alice, clientId, TODAY.minusDays(10));
        alice.post("/api/engagements/" + engagementId + "/closure",
                Map.of("closedOn", TODAY.toString(), "reason", "REFERRED_TO_ANOTHER_INSTITUTION", "followUp", true,
                        "followUpAgreement", "Phone call in a month")).expect(204);

        JsonNode engagement = awaitJson(alice, "/api/engagements/" + engagementId, e -> !e.get("open").asBoolean());
        assertThat(engagement.at("/closure/closedOn").asText()).isEqualTo(TODAY.toString());
        assertThat(engagement.at("/closure/reason").asText()).isEqualTo("REFERRED_TO_ANOTHER_INSTITUTION");
        assertThat(engagement.at("/closure/followUp").asBoolean()).isTrue();
        assertThat(engagement.at("/closure/followUpAgreement").asText()).isEqualTo("Phone call in a month");
        assertThat(awaitJson(alice, "/api/clients/" + clientId, c -> c.get("openEngagements").asInt() == 0)
                .get("engagementCount").asInt()).isEqualTo(1);
    }

    @Test
    void closureIsValidated() {
        UUID engagementId = openEngagement(alice, clientId, TODAY.minusDays(10));
        String path = "/api/engagements/" + engagementId + "/closure";
        long before = storedEventsOf(engagementId);
        alice.post(path, Map.of("closedOn", TODAY.minusDays(11).toString(), "reason", "SUCCESSFUL"))
                .expectProblem(422, "closedOn", "not-before-engagement-opened");
        alice.post(path, Map.of("closedOn", TODAY.toString(), "reason", "OTHER"))
                .expectProblem(422, "reasonNote", "text-required-for-other");
        alice.post(path, Map.of("closedOn", TODAY.toString(), "reason", "BORED"))
                .expectProblem(400, "reason", "type");
        alice.post(path, Map.of("closedOn", TODAY.toString(), "reason", "SUCCESSFUL", "followUp", false,
                "followUpAgreement", "Weekly call")).expectProblem(422, "followUpAgreement", "only-with-follow-up");
        assertThat(alice.post(path, "{}").expect(400).errors()).contains("closedOn/required", "reason/required");
        alice.post(path, "{\"closedOn\":\"" + TODAY + "\",\"reason\":\"SUCCESSFUL\",\"followUp\":\"maybe\"}")
                .expectProblem(400, "followUp", "type");
        assertThat(storedEventsOf(engagementId)).isEqualTo(before);

        alice.post("/api/engagements/" + engagementId + "/consultations", meeting(TODAY.minusDays(1), 30)).expect(201);
        alice.post(path, Map.of("closedOn", TODAY.minusDays(2).toString(), "reason", "SUCCESSFUL"))
                .expectProblem(422, "closedOn", "not-before-last-consultation");
    }

    @Test
    void unknownEngagementAnswersNotFound() {
        UUID unknown = UUID.randomUUID();
        alice.get("/api/engagements/" + unknown).expectProblem(404);
        alice.get("/api/clients/" + UUID.randomUUID() + "/engagements").expectProblem(404);
        alice.post("/api/engagements/" + unknown + "/consultations/batch",
                Map.of("consultations", List.of(meeting(TODAY, 30)))).expectProblem(404);
        alice.post("/api/engagements/" + unknown + "/closure",
                Map.of("closedOn", TODAY.toString(), "reason", "SUCCESSFUL")).expectProblem(404);
        alice.post("/api/engagements/nope/closure", Map.of("closedOn", TODAY.toString(), "reason", "SUCCESSFUL"))
                .expectProblem(400, "engagementId", "type");
    }
}
