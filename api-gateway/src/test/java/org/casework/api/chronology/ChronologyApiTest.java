package org.casework.api.chronology;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChronologyApiTest extends ApiTest {

    private UUID clientId;
    private UUID housing;
    private UUID debts;
    private String worker;

    /** One client, two engagements, five consultations by a worker of its own, over five days. */
    @BeforeEach
    void history() {
        worker = "w-" + UUID.randomUUID().toString().substring(0, 8);
        clientId = registerClient(alice, "Karel", "Novák");
        housing = openEngagement(alice, clientId, TODAY.minusDays(20));
        debts = openEngagement(alice, clientId, TODAY.minusDays(20));
        record(housing, TODAY.minusDays(4), "MEETING");
        record(housing, TODAY.minusDays(2), "PHONE");
        record(debts, TODAY.minusDays(3), "MEASURE");
        record(debts, TODAY.minusDays(1), "MEETING");
        record(debts, TODAY, "EMAIL");
        // names and titles come from other read models than the chronology: wait for those too
        awaitJson(alice, "/api/chronology?count=true&worker=" + worker, c -> c.get("total").asInt() == 5
                && c.get("items").findValues("clientName").stream().noneMatch(JsonNode::isNull)
                && c.get("items").findValues("engagementTitle").stream().noneMatch(JsonNode::isNull));
    }

    private void record(UUID engagementId, java.time.LocalDate date, String kind) {
        Map<String, Object> body = new LinkedHashMap<>(meeting(date, 20));
        body.put("kind", kind);
        body.put("worker", worker);
        alice.post("/api/engagements/" + engagementId + "/consultations", body).expect(201);
    }

    @Test
    void chronologyListsConsultationsNewestFirst() {
        JsonNode page = alice.get("/api/chronology?count=true&worker=" + worker).expect(200).json();
        assertThat(page.get("items").findValuesAsText("date")).containsExactly(
                TODAY.toString(), TODAY.minusDays(1).toString(), TODAY.minusDays(2).toString(),
                TODAY.minusDays(3).toString(), TODAY.minusDays(4).toString());
        assertThat(page.at("/items/0/clientName").asText()).isEqualTo("Karel Novák");
        assertThat(page.at("/items/0/engagementTitle").asText()).isEqualTo("Housing");
        assertThat(page.at("/items/0/recordedBy").asText()).isEqualTo("alice");
    }

    @Test
    void chronologyFiltersByDateRangeInclusive() {
        JsonNode page = alice.get("/api/chronology?count=true&worker=" + worker + "&from=" + TODAY.minusDays(3) + "&to="
                + TODAY.minusDays(1)).expect(200).json();
        assertThat(page.get("items").findValuesAsText("date")).containsExactly(
                TODAY.minusDays(1).toString(), TODAY.minusDays(2).toString(), TODAY.minusDays(3).toString());
    }

    @Test
    void chronologyFiltersByClientEngagementAndKind() {
        assertThat(alice.get("/api/chronology?count=true&client=" + clientId).expect(200).json().get("total").asInt())
                .isEqualTo(5);
        assertThat(alice.get("/api/chronology?count=true&engagement=" + housing).expect(200).json().get("total").asInt())
                .isEqualTo(2);
        JsonNode meetings = alice.get("/api/chronology?count=true&client=" + clientId + "&kind=MEETING").expect(200).json();
        assertThat(meetings.get("items").findValuesAsText("kind")).containsExactly("MEETING", "MEETING");
        assertThat(alice.get("/api/chronology?count=true&engagement=" + debts + "&kind=PHONE").expect(200).json()
                .get("total").asInt()).isZero();
    }

    @Test
    void chronologyIsPagedAndCountedOnlyWhenAsked() {
        JsonNode second = alice.get("/api/chronology?count=true&worker=" + worker + "&size=2&page=1").expect(200).json();
        assertThat(second.get("total").asInt()).isEqualTo(5);
        assertThat(second.get("items").findValuesAsText("date")).isEqualTo(
                List.of(TODAY.minusDays(2).toString(), TODAY.minusDays(3).toString()));

        JsonNode third = alice.get("/api/chronology?worker=" + worker + "&size=2&page=2").expect(200).json();
        assertThat(third.has("total")).isFalse();
        assertThat(third.get("items").findValuesAsText("date")).containsExactly(TODAY.minusDays(4).toString());
        assertThat(third.get("hasMore").asBoolean()).isFalse();
        assertThat(alice.get("/api/chronology?worker=" + worker + "&size=2").expect(200).json().get("hasMore")
                .asBoolean()).isTrue();
    }

    @Test
    void chronologyRejectsInvalidFilters() {
        alice.get("/api/chronology?count=true&from=" + TODAY + "&to=" + TODAY.minusDays(1)).expectProblem(400, "to",
                "not-before-from");
        alice.get("/api/chronology?count=true&from=yesterday").expectProblem(400, "from", "type");
        alice.get("/api/chronology?count=true&kind=NAP").expectProblem(400, "kind", "type");
        alice.get("/api/chronology?count=true&client=123").expectProblem(400, "client", "type");
        alice.get("/api/chronology?count=true&size=1000").expectProblem(400, "size", "max");
    }
}
