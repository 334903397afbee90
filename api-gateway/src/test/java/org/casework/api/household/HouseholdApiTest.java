package org.casework.api.household;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 002, fields 7–40: household and income assessments through the API. */
class HouseholdApiTest extends ApiTest {

    private static Map<String, Object> income(String type, String kind, Object amount) {
        Map<String, Object> income = new HashMap<>();
        income.put("type", type);
        income.put("kind", kind);
        income.put("monthlyAmount", amount);
        return income;
    }

    private static Map<String, Object> assessment(String on, Object people, List<?> members, List<?> incomes) {
        Map<String, Object> body = new HashMap<>();
        body.put("assessedOn", on);
        body.put("peopleInDwelling", people);
        body.put("members", members);
        body.put("clientIncomes", incomes);
        return body;
    }

    private String path(UUID clientId) {
        return "/api/clients/" + clientId + "/household-assessments";
    }

    @Test
    void latestAssessmentWithComputedIncomesAndTheHistory() {
        UUID clientId = registerClient(alice, "Kata", "Szabó");
        Map<String, Object> spouse = Map.of("name", "Péter Szabó", "birthPlace", "Pécs", "birthDate", "1980-02-02",
                "relation", "SPOUSE", "tenure", "OWNER", "connections", "Munkaügyi központ",
                "incomes", List.of(income("PENSION", "DISABILITY_PENSION", 98_000)));
        Map<String, Object> child = Map.of("name", "Anna Szabó", "birthDate", "2015-06-01", "relation", "CHILD",
                "tenure", "FAMILY_MEMBER", "incomes", List.of(income("CHILD_RELATED", "FAMILY_ALLOWANCE", 12_200)));
        // an income of kind OTHER must be named
        alice.post(path(clientId), assessment(TODAY.toString(), 1, List.of(),
                List.of(income("OTHER_INCOME", "OTHER", 5_000))))
                .expectProblem(422, "clientIncomes[0].kindNote", "text-required-for-other");

        Map<String, Object> other = income("OTHER_INCOME", "OTHER", 5_000);
        other.put("kindNote", "Alkalmi segítség a szomszédtól");
        UUID latest = alice.post(path(clientId), assessment(TODAY.minusDays(1).toString(), 3, List.of(spouse, child),
                List.of(income("WORK", "WAGES", 180_000), other))).createdId();
        // recorded later, but assessed earlier: history, not the latest
        UUID older = alice.post(path(clientId), assessment(TODAY.minusDays(100).toString(), 1, List.of(),
                List.of())).createdId();

        JsonNode assessments = awaitJson(alice, path(clientId), a -> a.get("history").size() == 2);
        JsonNode current = assessments.get("latest");
        assertThat(current.get("id").asText()).isEqualTo(latest.toString());
        // field 39: 180 000 + 5 000 + 98 000 + 12 200 = 295 200; field 40: 295 200 / 3 = 98 400.00
        assertThat(current.get("totalIncome").asLong()).isEqualTo(295_200);
        assertThat(current.get("perCapitaIncome").decimalValue()).isEqualByComparingTo("98400.00");
        assertThat(current.at("/members/0/name").asText()).isEqualTo("Péter Szabó");
        assertThat(current.at("/members/0/incomes/0/kind").asText()).isEqualTo("DISABILITY_PENSION");
        assertThat(current.at("/clientIncomes/1/kindNote").asText()).isEqualTo("Alkalmi segítség a szomszédtól");
        assertThat(current.get("recordedBy").asText()).isEqualTo("alice");
        assertThat(assessments.at("/history/1/id").asText()).isEqualTo(older.toString());
        // a household without income
        assertThat(assessments.at("/history/1/totalIncome").asLong()).isZero();
        assertThat(assessments.at("/history/1/perCapitaIncome").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void clientWithoutAssessmentHasNoLatestAndAnEmptyHistory() {
        UUID clientId = registerClient(alice, "Nincs", "Felmérés");
        awaitClientCard(clientId);
        JsonNode assessments = alice.get(path(clientId)).expect(200).json();
        assertThat(assessments.get("latest").isNull()).isTrue();
        assertThat(assessments.get("history")).isEmpty();
    }

    @Test
    void badAssessmentIsRefusedByFieldAndRuleAndNothingIsStored() {
        UUID clientId = registerClient(alice, "Hibás", "Adat");
        long before = storedEventsOf(clientId);

        alice.post(path(clientId), assessment(null, null, List.of(), List.of()))
                .expectProblem(400, "peopleInDwelling", "required");
        alice.post(path(clientId), assessment(null, 0, List.of(), List.of()))
                .expectProblem(422, "peopleInDwelling", "at-least-one");
        alice.post(path(clientId), assessment(null, 1, List.of(Map.of("name", "Béla", "relation", "SIBLING")),
                List.of())).expectProblem(422, "peopleInDwelling", "at-least-listed-people");
        alice.post(path(clientId), assessment(null, 1, List.of(), List.of(income("WORK", "WAGES", -1))))
                .expectProblem(422, "clientIncomes[0].monthlyAmount", "not-negative");
        alice.post(path(clientId), assessment(null, 1, List.of(), List.of(income("WORK", "WAGES", 1.5))))
                .expectProblem(400, "clientIncomes[0].monthlyAmount", "type");
        alice.post(path(clientId), assessment(null, 1, List.of(), List.of(income("WORK", "FAMILY_ALLOWANCE", 10))))
                .expectProblem(422, "clientIncomes[0].kind", "kind-of-type");
        alice.post(path(clientId), assessment(null, 1, List.of(), List.of(income("WORK", "SALARY", 10))))
                .expectProblem(400, "clientIncomes[0].kind", "type");
        alice.post(path(clientId), assessment(TODAY.plusDays(1).toString(), 1, List.of(), List.of()))
                .expectProblem(422, "assessedOn", "not-in-future");
        alice.post(path(clientId), assessment(null, 2, List.of(Map.of("relation", "SIBLING")), List.of()))
                .expectProblem(400, "members[0].name", "required");
        // the totals are computed, never entered
        Map<String, Object> withTotal = assessment(null, 1, List.of(), List.of());
        withTotal.put("totalIncome", 1_000_000);
        alice.post(path(clientId), withTotal).expectProblem(400, "totalIncome", "unknown-field");

        assertThat(storedEventsOf(clientId)).isEqualTo(before);
    }

    @Test
    void assessmentOfAnUnknownClientIsNotFound() {
        UUID unknown = UUID.randomUUID();
        alice.post(path(unknown), assessment(null, 1, List.of(), List.of())).expectProblem(404);
        alice.get(path(unknown)).expectProblem(404);
        assertThat(storedEventsOf(unknown)).isZero();
    }

    @Test
    void assessmentIsTodayWhenNoDateIsGiven() {
        UUID clientId = registerClient(alice, "Mai", "Felmérés");
        alice.post(path(clientId), assessment(null, 1, List.of(), List.of(income("WORK", "CASUAL_WORK", 40_000))))
                .expect(201);
        JsonNode assessments = awaitJson(alice, path(clientId), a -> a.get("history").size() == 1);
        assertThat(assessments.at("/latest/assessedOn").asText()).isEqualTo(TODAY.toString());
        as("stella").get(path(clientId)).expectProblem(403);
    }
}
