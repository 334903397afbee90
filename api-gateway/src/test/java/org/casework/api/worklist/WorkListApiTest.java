package org.casework.api.worklist;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.ApiTest;
import org.casework.api.support.CareEntries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker's own work list and home-page counts, with the default settings (G = 30, L = 365, N = 90). Each test
 * has a new worker who writes their files themselves, so every read at once sees the writes (read your own
 * writes) and only that worker's files count.
 */
class WorkListApiTest extends ApiTest {

    static final int G = 30;
    static final int L = 365;

    @BeforeEach
    void defaultSettings() {
        as("adam").put("/api/admin/settings", Map.of("statusMode", "AUTOMATIC", "contactedStateUsed", false,
                "noContactDays", 90, "consultationGapDays", G, "openEngagementDays", L,
                "statusSharedWithFamily", false)).expect(200);
    }

    private Api newWorker() {
        String name = "worklist-" + UUID.randomUUID().toString().substring(0, 8);
        as("adam").post("/api/admin/users", Map.of("username", name, "password", name + "-pw",
                "roles", List.of("WORKER"))).expect(201);
        return as(name);
    }

    @Test
    void myOpenEngagementsAcrossClientsTheLongestWithoutConsultationFirst() {
        Api worker = newWorker();
        UUID anna = client(worker, "Dlouhá", TODAY.minusDays(L + 10));
        UUID old = engagement(worker, anna, TODAY.minusDays(L + 5), null);
        consultation(worker, old, TODAY.minusDays(1));
        engagement(worker, anna, TODAY.minusDays(10), "alice");     // alice's engagement: not in this list
        UUID bela = client(worker, "Tichý", TODAY.minusDays(G + 10));
        UUID silent = engagement(worker, bela, TODAY.minusDays(G + 5), null);
        UUID recent = engagement(worker, bela, TODAY.minusDays(3), null);
        consultation(worker, recent, TODAY.minusDays(2));
        UUID closed = engagement(worker, bela, TODAY.minusDays(5), null);
        worker.post("/api/engagements/" + closed + "/closure", Map.of("closedOn", TODAY.toString(),
                "reason", "SUCCESSFUL")).expect(204);

        JsonNode page = worker.get("/api/me/engagements?count=true").expect(200).json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        List<String> lines = new ArrayList<>();
        page.get("items").forEach(e -> lines.add(e.get("engagementId").asText() + " "
                + e.get("lastConsultationOn").asText() + " " + e.get("daysWithoutConsultation").asLong() + " "
                + e.get("discrepancies")));
        assertThat(lines).containsExactly(
                silent + " null " + (G + 5) + " [\"ENGAGEMENT_WITHOUT_CONSULTATION\"]",
                recent + " " + TODAY.minusDays(2) + " 2 []",
                old + " " + TODAY.minusDays(1) + " 1 [\"ENGAGEMENT_OPEN_TOO_LONG\"]");
        JsonNode first = page.at("/items/0");
        assertThat(first.get("clientId").asText()).isEqualTo(bela.toString());
        assertThat(first.get("clientName").asText()).isEqualTo("Jana Tichý");
        assertThat(first.get("title").asText()).isEqualTo("Housing");
        assertThat(first.get("openedOn").asText()).isEqualTo(TODAY.minusDays(G + 5).toString());

        JsonNode second = worker.get("/api/me/engagements?page=1&size=1").expect(200).json();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.at("/items/0/engagementId").asText()).isEqualTo(recent.toString());
        assertThat(second.get("hasMore").asBoolean()).isTrue();
        assertThat(second.has("total")).isFalse();
        assertThat(worker.get("/api/me/engagements?page=2&size=1").expect(200).json().get("hasMore").asBoolean())
                .isFalse();
        // alice's own list has her engagement in that file, none of the others
        assertThat(alice.get("/api/me/engagements?size=200").expect(200).json().findValues("engagementId"))
                .extracting(JsonNode::asText).doesNotContain(old.toString(), silent.toString(), recent.toString());
    }

    @Test
    void theSummaryCountsMyFilesByColourMyDiscrepanciesAndThisWeeksReminders() {
        Api worker = newWorker();
        client(worker, "Nová", TODAY);                                            // applicant: yellow
        String green = "/api/clients/" + client(worker, "Zelená", TODAY.minusDays(1));
        CareEntries.contract(worker, green, "Z/1", TODAY.minusDays(1), TODAY.minusDays(1), TODAY.plusDays(5));
        CareEntries.plan(worker, green, TODAY.minusDays(1), TODAY.plusDays(3));     // two reminders this week
        UUID silent = client(worker, "Tichá", TODAY.minusDays(G + 5));
        engagement(worker, silent, TODAY.minusDays(G + 5), null);                   // yellow, a discrepancy
        worker.post("/api/families", Map.of("name", "Rodina Nová")).expect(201);  // yellow

        JsonNode summary = worker.get("/api/me/summary").expect(200).json();
        assertThat(summary.get("today").asText()).isEqualTo(TODAY.toString());
        assertThat(colours(summary.get("clientsByColour"))).isEqualTo("GREY 0, YELLOW 2, GREEN 1, ORANGE 0,"
                + " BLUE 0, RED 0, BLACK 0");
        assertThat(colours(summary.get("familiesByColour"))).isEqualTo("GREY 0, YELLOW 1, GREEN 0, ORANGE 0,"
                + " BLUE 0, RED 0, BLACK 0");
        assertThat(summary.get("discrepancies").asLong()).isEqualTo(1);
        assertThat(summary.get("remindersThisWeek").asLong()).isEqualTo(2);
        JsonNode week = worker.get("/api/reminders?days=7").expect(200).json();
        assertThat(week.get("total").asLong()).isEqualTo(2);
        assertThat(summary.get("nextReminders")).as("the week's reminders as the list has them")
                .isEqualTo(week.get("items"));
        assertThat(summary.get("nextReminders").findValuesAsText("day"))
                .containsExactly(TODAY.plusDays(3).toString(), TODAY.plusDays(5).toString());
        assertThat(summary.get("nextEngagements")).as("the open engagements as their list's first page has them")
                .isEqualTo(worker.get("/api/me/engagements?size=10").expect(200).json().get("items"))
                .isNotEmpty();

        JsonNode empty = newWorker().get("/api/me/summary").expect(200).json();
        assertThat(empty.get("discrepancies").asLong()).isZero();
        assertThat(empty.at("/clientsByColour/YELLOW").asLong()).isZero();
        assertThat(empty.get("nextReminders")).isEmpty();
        assertThat(empty.get("nextEngagements")).isEmpty();
    }

    @Test
    void badPagingIsRefusedByName() {
        alice.get("/api/me/engagements?size=0").expectProblem(400, "size", "min");
        alice.get("/api/me/engagements?size=201").expectProblem(400, "size", "max");
        alice.get("/api/me/engagements?page=-1").expectProblem(400, "page", "min");
        alice.get("/api/me/engagements?count=perhaps").expectProblem(400, "count", "type");
        anonymous.get("/api/me/summary").expectProblem(401);
        anonymous.get("/api/me/engagements").expectProblem(401);
    }

    private static String colours(JsonNode byColour) {
        List<String> counts = new ArrayList<>();
        byColour.fields().forEachRemaining(c -> counts.add(c.getKey() + " " + c.getValue().asLong()));
        return String.join(", ", counts);
    }

    private static UUID client(Api worker, String lastName, LocalDate registeredOn) {
        return worker.post("/api/clients", Map.of("firstName", "Jana", "lastName", lastName,
                "birthDate", "1980-01-01", "registeredOn", registeredOn.toString())).createdId();
    }

    private static UUID engagement(Api worker, UUID clientId, LocalDate openedOn, String responsibleWorker) {
        return worker.post("/api/clients/" + clientId + "/engagements", responsibleWorker == null
                ? Map.of("title", "Housing", "openedOn", openedOn.toString())
                : Map.of("title", "Housing", "openedOn", openedOn.toString(), "responsibleWorker", responsibleWorker))
                .createdId();
    }

    private static void consultation(Api worker, UUID engagementId, LocalDate day) {
        worker.post("/api/engagements/" + engagementId + "/consultations", Map.of("date", day.toString(),
                "kind", "MEETING", "durationMinutes", 30, "place", "IN_OFFICE")).expect(201);
    }
}
