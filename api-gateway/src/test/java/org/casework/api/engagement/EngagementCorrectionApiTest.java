package org.casework.api.engagement;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Corrections, never edits (issue 20): each endpoint, what the read models show after it, and its bad input. */
class EngagementCorrectionApiTest extends ApiTest {

    private UUID clientId;
    private String worker;

    @BeforeEach
    void client() {
        clientId = registerClient(alice, "Irena", "Opravná");
        worker = newWorker("corrections");
    }

    private UUID engagement(LocalDate openedOn) {
        return alice.post("/api/clients/" + clientId + "/engagements", Map.of("title", "Bydlení",
                "openedOn", openedOn.toString(), "responsibleWorker", worker)).createdId();
    }

    private UUID consultation(UUID engagementId, LocalDate date, String kind, int minutes) {
        return alice.post("/api/engagements/" + engagementId + "/consultations", Map.of("date", date.toString(),
                "kind", kind, "durationMinutes", minutes, "place", "IN_OFFICE", "record", "Nájem")).createdId();
    }

    private static Map<String, Object> corrected(LocalDate date, String kind, int minutes, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date.toString(), "kind", kind,
                "durationMinutes", minutes, "place", "CLIENT_HOME", "record", "Návštěva doma", "travelMinutes", 20));
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private static String correctionOf(UUID engagementId, UUID consultationId) {
        return "/api/engagements/" + engagementId + "/consultations/" + consultationId + "/correction";
    }

    private static String voidOf(UUID engagementId, UUID consultationId) {
        return "/api/engagements/" + engagementId + "/consultations/" + consultationId + "/void";
    }

    @Test
    void aCorrectedConsultationShowsAsCorrectedInTheChronologyTheEngagementAndTheFile() {
        UUID engagementId = engagement(TODAY.minusDays(30));
        consultation(engagementId, TODAY.minusDays(20), "MEETING", 60);
        UUID late = consultation(engagementId, TODAY.minusDays(2), "MEETING", 30);

        alice.post(correctionOf(engagementId, late), corrected(TODAY.minusDays(25), "PHONE", 15, "wrong day"))
                .expect(204);

        JsonNode engagement = awaitJson(alice, "/api/engagements/" + engagementId,
                e -> e.get("consultationMinutes").asLong() == 75);
        assertThat(engagement.get("consultationCount").asInt()).isEqualTo(2);
        assertThat(engagement.get("lastConsultationOn").asText()).isEqualTo(TODAY.minusDays(20).toString());
        assertThat(awaitJson(alice, "/api/clients/" + clientId,
                c -> c.get("lastContactOn").asText().equals(TODAY.minusDays(20).toString())).get("lastContactOn")
                .asText()).isEqualTo(TODAY.minusDays(20).toString());
        JsonNode row = awaitJson(alice, "/api/chronology?engagement=" + engagementId + "&kind=PHONE",
                c -> c.get("items").size() == 1).at("/items/0");
        assertThat(row.get("id").asText()).isEqualTo(late.toString());
        assertThat(row.get("date").asText()).isEqualTo(TODAY.minusDays(25).toString());
        assertThat(row.get("place").asText()).isEqualTo("CLIENT_HOME");
        assertThat(row.get("travelMinutes").asInt()).isEqualTo(20);
        assertThat(row.get("worker").asText()).as("kept when the correction names none").isEqualTo("alice");

        JsonNode history = as("audrey").get("/api/audit/engagements/" + engagementId + "/events").expect(200).json();
        assertThat(history.at("/items/2/type").asText()).isEqualTo("ConsultationRecorded");
        assertThat(history.at("/items/2/payload/date").asText()).as("the original stays readable")
                .isEqualTo(TODAY.minusDays(2).toString());
        assertThat(history.at("/items/3/type").asText()).isEqualTo("ConsultationCorrected");
        assertThat(history.at("/items/3/actor").asText()).isEqualTo("alice");
        assertThat(history.at("/items/3/payload/reason").asText()).isEqualTo("wrong day");
        assertThat(history.at("/items/3/businessDates/date").asText()).isEqualTo(TODAY.minusDays(25).toString());
        String csv = as("audrey").header("Accept", "text/csv").get("/api/audit/engagements/" + engagementId
                + "/events").expect(200).body();
        assertThat(csv).contains("ConsultationCorrected", "wrong day");
    }

    @Test
    void aVoidedConsultationCountsNowhereAndCannotBeVoidedOrCorrectedAgain() {
        UUID engagementId = engagement(TODAY.minusDays(30));
        UUID only = consultation(engagementId, TODAY.minusDays(3), "MEETING", 45);
        awaitJson(alice, "/api/engagements/" + engagementId, e -> e.get("consultationCount").asInt() == 1);

        alice.post(voidOf(engagementId, only), Map.of("reason", "recorded for the wrong client")).expect(204);

        JsonNode engagement = awaitJson(alice, "/api/engagements/" + engagementId,
                e -> e.get("consultationCount").asInt() == 0);
        assertThat(engagement.get("consultationMinutes").asLong()).isZero();
        assertThat(engagement.get("lastConsultationOn").isNull()).isTrue();
        assertThat(awaitJson(alice, "/api/clients/" + clientId, c -> c.get("lastContactOn").isNull())
                .get("lastContactOn").isNull()).isTrue();
        assertThat(alice.get("/api/chronology?count=true&engagement=" + engagementId).expect(200).json()
                .get("total").asInt()).isZero();
        JsonNode asOf = as("audrey").get("/api/audit/clients/" + clientId + "?asOf=" + TODAY).expect(200).json();
        assertThat(asOf.at("/engagements/0/consultations").asInt()).isZero();
        assertThat(asOf.at("/engagements/0/lastConsultationOn").isNull()).isTrue();

        long before = storedEventsOf(engagementId);
        alice.post(voidOf(engagementId, only), Map.of("reason", "again")).expectProblem(422, "consultationId",
                "voided");
        alice.post(correctionOf(engagementId, only), corrected(TODAY, "MEETING", 30, "again"))
                .expectProblem(422, "consultationId", "voided");
        assertThat(storedEventsOf(engagementId)).isEqualTo(before);
    }

    @Test
    void correctedAndVoidedConsultationsAreCountedExactlyInTheIndicators() {
        UUID engagementId = engagement(TODAY.minusDays(30));
        UUID kept = consultation(engagementId, TODAY.minusDays(20), "MEETING", 60);
        UUID becomesPhone = consultation(engagementId, TODAY.minusDays(10), "MEETING", 30);
        UUID voided = consultation(engagementId, TODAY.minusDays(5), "MEASURE", 30);
        consultation(engagementId, TODAY.minusDays(4), "MEASURE", 30);
        String indicators = "/api/statistics/indicators?from=" + TODAY.minusDays(30) + "&to=" + TODAY
                + "&worker=" + worker;
        awaitJson(as("stella"), indicators, i -> i.get("meetings").asLong() == 2 && i.get("measures").asLong() == 2);

        alice.post(correctionOf(engagementId, becomesPhone), corrected(TODAY.minusDays(10), "PHONE", 30,
                "it was a call")).expect(204);
        alice.post(voidOf(engagementId, voided), Map.of("reason", "duplicate")).expect(204);
        alice.post(correctionOf(engagementId, kept), corrected(TODAY.minusDays(29), "MEETING", 60,
                "the first meeting was earlier")).expect(204);

        String lastWeeks = "/api/statistics/indicators?from=" + TODAY.minusDays(28) + "&to=" + TODAY
                + "&worker=" + worker;
        JsonNode moved = awaitJson(as("stella"), lastWeeks, i -> i.get("meetings").asLong() == 0);
        assertThat(moved.get("measures").asLong()).isEqualTo(1);
        JsonNode inPeriod = as("stella").get(indicators).expect(200).json();
        assertThat(inPeriod.get("meetings").asLong()).as("the corrected meeting, still in the period").isEqualTo(1);
        assertThat(inPeriod.get("measures").asLong()).isEqualTo(1);
        assertThat(inPeriod.get("engagementsInCare").asLong()).isEqualTo(1);
    }

    @Test
    void consultationCorrectionsAreValidatedAndStoreNothingWhenBad() {
        UUID engagementId = engagement(TODAY.minusDays(10));
        UUID consultationId = consultation(engagementId, TODAY.minusDays(2), "MEETING", 30);
        String path = correctionOf(engagementId, consultationId);
        long before = storedEventsOf(engagementId);

        assertThat(alice.post(path, "{}").expect(400).errors()).contains("date/required", "kind/required",
                "durationMinutes/required", "place/required", "reason/required");
        alice.post(path, corrected(TODAY, "MEETING", 30, null)).expectProblem(400, "reason", "required");
        alice.post(path, corrected(TODAY, "MEETING", 30, " ")).expectProblem(400, "reason", "required");
        alice.post(path, corrected(TODAY, "MEETING", 30, "x".repeat(2001))).expectProblem(400, "reason", "size");
        alice.post(path, corrected(TODAY.plusDays(1), "MEETING", 30, "typo"))
                .expectProblem(422, "date", "not-in-future");
        alice.post(path, corrected(TODAY.minusDays(11), "MEETING", 30, "typo"))
                .expectProblem(422, "date", "not-before-engagement-opened");
        alice.post(path, corrected(TODAY, "MEETING", 0, "typo")).expectProblem(422, "durationMinutes", "positive");
        Map<String, Object> elsewhere = new LinkedHashMap<>(corrected(TODAY, "MEETING", 30, "typo"));
        elsewhere.put("place", "ELSEWHERE");
        alice.post(path, elsewhere).expectProblem(422, "placeNote", "text-required-for-elsewhere");
        Map<String, Object> unknownField = new LinkedHashMap<>(corrected(TODAY, "MEETING", 30, "typo"));
        unknownField.put("consultationId", UUID.randomUUID().toString());
        alice.post(path, unknownField).expect(400);
        alice.post(correctionOf(engagementId, UUID.randomUUID()), corrected(TODAY, "MEETING", 30, "typo"))
                .expectProblem(404);
        alice.post(voidOf(engagementId, UUID.randomUUID()), Map.of("reason", "typo")).expectProblem(404);
        alice.post(voidOf(engagementId, consultationId), "{}").expectProblem(400, "reason", "required");
        alice.post(voidOf(UUID.randomUUID(), consultationId), Map.of("reason", "typo")).expectProblem(404);
        alice.post("/api/engagements/" + engagementId + "/consultations/not-an-id/void", Map.of("reason", "typo"))
                .expect(400);

        assertThat(storedEventsOf(engagementId)).isEqualTo(before);
    }

    @Test
    void detailsAreEditedWithAReasonAndValidated() {
        UUID engagementId = engagement(TODAY.minusDays(10));
        String path = "/api/engagements/" + engagementId + "/details";
        long before = storedEventsOf(engagementId);

        assertThat(alice.put(path, "{}").expect(400).errors()).contains("title/required", "reason/required");
        alice.put(path, Map.of("title", "Dluhy", "problemTypes", List.of("OTHER"), "reason", "typo"))
                .expectProblem(422, "problemTypeNote", "text-required-for-other");
        alice.put(path, Map.of("title", "Dluhy", "peopleInvolved", 0, "reason", "typo"))
                .expectProblem(422, "peopleInvolved", "at-least-one");
        alice.put(path, Map.of("title", "Dluhy", "problemTypes", List.of("HUNGER"), "reason", "typo"))
                .expectProblem(400, "problemTypes[0]", "type");
        assertThat(storedEventsOf(engagementId)).isEqualTo(before);

        alice.put(path, Map.of("title", "Dluhy", "goal", "Splátkový kalendář", "problemTypes", List.of("FINANCIAL"),
                "peopleInvolved", 2, "problemDescription", "Dluh u dodavatele energie",
                "reason", "the client told us more")).expect(204);

        JsonNode engagement = awaitJson(alice, "/api/engagements/" + engagementId,
                e -> e.get("title").asText().equals("Dluhy"));
        assertThat(engagement.get("goal").asText()).isEqualTo("Splátkový kalendář");
        assertThat(engagement.get("problemTypes").toString()).isEqualTo("[\"FINANCIAL\"]");
        assertThat(engagement.get("peopleInvolved").asInt()).isEqualTo(2);
        assertThat(engagement.get("problemDescription").asText()).isEqualTo("Dluh u dodavatele energie");
    }

    @Test
    void aClosureIsCorrectedWithinTheRulesOfClosing() {
        UUID engagementId = engagement(TODAY.minusDays(20));
        consultation(engagementId, TODAY.minusDays(10), "MEETING", 30);
        String path = "/api/engagements/" + engagementId + "/closure/correction";
        alice.post(path, Map.of("closedOn", TODAY.toString(), "reason", "SUCCESSFUL", "correctionReason", "typo"))
                .expectProblem(422, "engagementId", "engagement-closed");
        alice.post("/api/engagements/" + engagementId + "/closure",
                Map.of("closedOn", TODAY.minusDays(2).toString(), "reason", "SUCCESSFUL")).expect(204);
        long before = storedEventsOf(engagementId);

        assertThat(alice.post(path, "{}").expect(400).errors()).contains("closedOn/required", "reason/required",
                "correctionReason/required");
        alice.post(path, Map.of("closedOn", TODAY.minusDays(11).toString(), "reason", "SUCCESSFUL",
                "correctionReason", "typo")).expectProblem(422, "closedOn", "not-before-last-consultation");
        alice.post(path, Map.of("closedOn", TODAY.plusDays(1).toString(), "reason", "SUCCESSFUL",
                "correctionReason", "typo")).expectProblem(422, "closedOn", "not-in-future");
        alice.post(path, Map.of("closedOn", TODAY.toString(), "reason", "OTHER", "correctionReason", "typo"))
                .expectProblem(422, "reasonNote", "text-required-for-other");
        assertThat(storedEventsOf(engagementId)).isEqualTo(before);

        alice.post(path, Map.of("closedOn", TODAY.minusDays(10).toString(), "reason", "CONTACT_LOST",
                "followUp", true, "followUpAgreement", "Zavolá za měsíc", "correctionReason", "wrong reason"))
                .expect(204);

        JsonNode closure = awaitJson(alice, "/api/engagements/" + engagementId,
                e -> e.at("/closure/reason").asText().equals("CONTACT_LOST")).get("closure");
        assertThat(closure.get("closedOn").asText()).isEqualTo(TODAY.minusDays(10).toString());
        assertThat(closure.get("followUpAgreement").asText()).isEqualTo("Zavolá za měsíc");
        JsonNode indicators = awaitJson(as("stella"), "/api/statistics/indicators?from=" + TODAY.minusDays(30)
                + "&to=" + TODAY + "&worker=" + worker, i -> i.at("/closures/count").asLong() == 1);
        assertThat(indicators.at("/closures/averageLengthDays").asText()).isEqualTo("10.0");
        List<String> reasons = new java.util.ArrayList<>();
        indicators.at("/closures/byReason").forEach(r -> reasons.add(r.get("reason").asText() + " "
                + r.get("count").asLong()));
        assertThat(reasons).contains("CONTACT_LOST 1", "SUCCESSFUL 0");
    }

    @Test
    void aReopenedEngagementIsBackInCareAndInTheDiscrepancies() {
        UUID engagementId = engagement(TODAY.minusDays(400));
        awaitJson(alice, "/api/engagements/" + engagementId, e -> true);
        alice.post("/api/engagements/" + engagementId + "/reopening", Map.of("reason", "not closed"))
                .expectProblem(422, "engagementId", "engagement-closed");
        alice.post("/api/engagements/" + engagementId + "/closure",
                Map.of("closedOn", TODAY.minusDays(5).toString(), "reason", "SUCCESSFUL")).expect(204);
        String discrepancies = "/api/discrepancies?worker=" + worker + "&size=200";
        awaitJson(alice, "/api/clients/" + clientId, c -> c.get("openEngagements").asInt() == 0);
        assertThat(alice.get(discrepancies).expect(200).json().get("items")).isEmpty();
        long before = storedEventsOf(engagementId);
        alice.post("/api/engagements/" + engagementId + "/reopening", "{}").expectProblem(400, "reason", "required");
        alice.post("/api/engagements/" + UUID.randomUUID() + "/reopening", Map.of("reason", "x")).expectProblem(404);
        assertThat(storedEventsOf(engagementId)).isEqualTo(before);

        alice.post("/api/engagements/" + engagementId + "/reopening", Map.of("reason", "closed by mistake"))
                .expect(204);

        JsonNode engagement = awaitJson(alice, "/api/engagements/" + engagementId, e -> e.get("open").asBoolean());
        assertThat(engagement.get("closure").isNull()).isTrue();
        assertThat(awaitJson(alice, "/api/clients/" + clientId, c -> c.get("openEngagements").asInt() == 1)
                .get("openEngagements").asInt()).isEqualTo(1);
        List<String> kinds = new java.util.ArrayList<>();
        alice.get(discrepancies).expect(200).json().get("items").forEach(d -> {
            assertThat(d.get("engagementId").asText()).isEqualTo(engagementId.toString());
            kinds.add(d.get("kind").asText());
        });
        assertThat(kinds).containsExactlyInAnyOrder("ENGAGEMENT_WITHOUT_CONSULTATION", "ENGAGEMENT_OPEN_TOO_LONG");
        consultation(engagementId, TODAY, "MEETING", 30);
    }

    @Test
    void anErasedClientsEngagementIsNotReopened() {
        UUID engagementId = engagement(TODAY.minusDays(10));
        alice.post("/api/engagements/" + engagementId + "/closure",
                Map.of("closedOn", TODAY.toString(), "reason", "SUCCESSFUL")).expect(204);
        awaitJson(alice, "/api/engagements/" + engagementId, e -> !e.get("open").asBoolean());
        as("adam").post("/api/admin/clients/" + clientId + "/erasure", Map.of("reason", "GDPR request 20/2026"))
                .expect(200);
        long before = storedEventsOf(engagementId);

        alice.post("/api/engagements/" + engagementId + "/reopening", Map.of("reason", "closed by mistake"))
                .expectProblem(410);

        assertThat(storedEventsOf(engagementId)).isEqualTo(before);
    }
}
