package org.casework.api.reminder;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.CareEntries;
import org.casework.api.support.Eventually;
import org.casework.api.support.ServiceWithMovableClock;
import org.casework.api.support.ServiceWithMovableClock.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders on a service of its own whose clock the test moves, in automatic mode with N = 30, G = 5 and L = 20
 * days. Each test keeps its files under a worker of its own, who writes them (so their reads see their writes). A
 * reminder is due from today up to today + days; at 23:59 on its day it is still there, at 00:00:30 the next day it
 * is gone (and, for most kinds, a discrepancy). The no-contact test runs first: its deadline must fire while the
 * clock moves forward only (after the clock had been days ahead and was set back, it did not fire within 30 s).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderApiTest {

    static final int N = 30;
    static final int G = 5;
    static final int L = 20;
    static final MovableClock CLOCK = ServiceWithMovableClock.CLOCK;
    static final LocalDate T0 = LocalDate.now(ServiceWithMovableClock.PRAGUE);

    @TempDir
    static Path dataDirectory;
    private ConfigurableApplicationContext service;
    private Api carol;

    @BeforeAll
    void start() {
        CLOCK.moveTo(T0);
        service = ServiceWithMovableClock.start(dataDirectory);
        carol = ServiceWithMovableClock.api(service, "carol");
        Api adam = ServiceWithMovableClock.api(service, "adam");
        for (String worker : List.of("care-worker", "engagement-worker", "consent-worker", "silent-worker",
                "csv-worker")) {
            adam.post("/api/admin/users", Map.of("username", worker, "password", worker + "-pw",
                    "roles", List.of("WORKER"))).expect(201);
        }
        adam.put("/api/admin/settings", Map.of("statusMode", "AUTOMATIC", "contactedStateUsed", false,
                "noContactDays", N, "consultationGapDays", G, "openEngagementDays", L,
                "statusSharedWithFamily", false)).expect(200);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void aPlanReviewAndAContractEndOfAClientAndOfAFamilyFallDueOnTheirDays() {
        CLOCK.moveTo(T0);
        Api worker = api("care-worker");
        String client = "/api/clients/" + client(worker, "Plánová", T0.minusDays(2));
        CareEntries.contract(worker, client, "K/1", T0.minusDays(1), T0.minusDays(1), T0.plusDays(2));
        CareEntries.plan(worker, client, T0.minusDays(1), T0.plusDays(3));
        String family = "/api/families/" + worker.post("/api/families", Map.of("name", "Rodina Plánová",
                "createdOn", T0.minusDays(2).toString())).createdId();
        CareEntries.contract(worker, family, "R/1", T0.minusDays(1), T0.minusDays(1), T0.plusDays(4));
        CareEntries.plan(worker, family, T0.minusDays(1), T0.plusDays(1));

        List<JsonNode> rows = rows(worker, 14, "PLAN_REVIEW", "CONTRACT_END");
        assertThat(rows).extracting(r -> r.get("day").asText() + " " + r.get("kind").asText() + " "
                + r.get("fileKind").asText()).containsExactly(
                T0.plusDays(1) + " PLAN_REVIEW FAMILY",
                T0.plusDays(2) + " CONTRACT_END CLIENT",
                T0.plusDays(3) + " PLAN_REVIEW CLIENT",
                T0.plusDays(4) + " CONTRACT_END FAMILY");
        JsonNode contractEnd = rows.get(1);
        assertThat(contractEnd.get("clientId").asText()).isEqualTo(id(client));
        assertThat(contractEnd.get("familyId").isNull()).isTrue();
        assertThat(contractEnd.get("name").asText()).isEqualTo("Jana Plánová");
        assertThat(contractEnd.get("text").asText()).isEqualTo("contract K/1 is valid until " + T0.plusDays(2)
                + ", its last day");
        assertThat(rows.get(0).get("familyId").asText()).isEqualTo(id(family));
        assertThat(rows.get(0).get("name").asText()).isEqualTo("Rodina Plánová");
        assertThat(rows.get(0).get("text").asText()).isEqualTo("the individual plan is due for review on "
                + T0.plusDays(1));
        // up to today + days, both included
        assertThat(rows(worker, 2, "PLAN_REVIEW", "CONTRACT_END")).hasSize(2);
        assertThat(rows(worker, 1, "PLAN_REVIEW", "CONTRACT_END")).hasSize(1);

        // the family's plan on its review day, to the last minute; the next day it is overdue: a discrepancy
        CLOCK.moveTo(T0.plusDays(1), LocalTime.of(23, 59));
        assertThat(rows(worker, 1, "PLAN_REVIEW")).extracting(r -> r.get("day").asText())
                .containsExactly(T0.plusDays(1).toString());
        CLOCK.moveTo(T0.plusDays(2), LocalTime.of(0, 0, 30));
        assertThat(rows(worker, 1, "PLAN_REVIEW")).extracting(r -> r.get("day").asText() + " "
                + r.get("fileKind").asText()).containsExactly(T0.plusDays(3) + " CLIENT");
        Eventually.asserted(() -> assertThat(carol.get("/api/discrepancies?kind=PLAN_MISSING_OR_OVERDUE"
                + "&worker=care-worker").expect(200).json().get("items")).hasSize(1));
        // the client's contract on its last day; the day after it is no longer valid
        assertThat(rows(worker, 1, "CONTRACT_END")).extracting(r -> r.get("day").asText())
                .containsExactly(T0.plusDays(2).toString());
        CLOCK.moveTo(T0.plusDays(3), LocalTime.of(0, 0, 30));
        assertThat(rows(worker, 1, "CONTRACT_END")).extracting(r -> r.get("day").asText() + " "
                + r.get("fileKind").asText()).containsExactly(T0.plusDays(4) + " FAMILY");
    }

    @Test
    void anEngagementApproachingGAndLIsDueOnItsLastAllowedDayAndADiscrepancyTheNextDay() {
        CLOCK.moveTo(T0);
        Api worker = api("engagement-worker");
        UUID old = engagement(worker, client(worker, "Stará", T0.minusDays(30)), T0.minusDays(L - 2));
        consultation(worker, old, T0.minusDays(1));
        UUID fresh = engagement(worker, client(worker, "Nová", T0.minusDays(30)), T0.minusDays(3));
        UUID closed = engagement(worker, client(worker, "Zavřená", T0.minusDays(30)), T0.minusDays(L - 1));
        worker.post("/api/engagements/" + closed + "/closure", Map.of("closedOn", T0.toString(),
                "reason", "SUCCESSFUL")).expect(204);

        List<JsonNode> rows = rows(worker, 14, "CONSULTATION_DUE", "ENGAGEMENT_OPEN_LIMIT");
        // never consulted, opened T0-3: T0+2; opened T0-18: open until T0+2; consulted T0-1: T0+4
        assertThat(rows).extracting(r -> r.get("day").asText() + " " + r.get("kind").asText() + " "
                + r.get("engagementId").asText()).containsExactlyInAnyOrder(
                T0.plusDays(2) + " CONSULTATION_DUE " + fresh,
                T0.plusDays(2) + " ENGAGEMENT_OPEN_LIMIT " + old,
                T0.plusDays(4) + " CONSULTATION_DUE " + old);
        // on one day in the order of the kinds
        assertThat(rows.get(0).get("kind").asText()).isEqualTo("CONSULTATION_DUE");
        assertThat(rows.get(1).get("kind").asText()).isEqualTo("ENGAGEMENT_OPEN_LIMIT");
        assertThat(row(rows, "CONSULTATION_DUE", fresh).get("text").asText()).isEqualTo("engagement Housing:"
                + " no consultation since it opened; without one by " + T0.plusDays(2) + " it is more than 5 days");
        assertThat(row(rows, "CONSULTATION_DUE", old).get("text").asText()).isEqualTo("engagement Housing:"
                + " last consultation on " + T0.minusDays(1) + "; without one by " + T0.plusDays(4)
                + " it is more than 5 days");
        assertThat(row(rows, "ENGAGEMENT_OPEN_LIMIT", old).get("text").asText()).isEqualTo("engagement Housing:"
                + " open since " + T0.minusDays(L - 2) + "; still open after " + T0.plusDays(2)
                + " it is more than 20 days");
        assertThat(row(rows, "CONSULTATION_DUE", fresh).get("fileKind").asText()).isEqualTo("CLIENT");
        assertThat(row(rows, "CONSULTATION_DUE", fresh).get("name").asText()).isEqualTo("Jana Nová");

        CLOCK.moveTo(T0.plusDays(2), LocalTime.of(23, 59));
        assertThat(rows(worker, 1, "CONSULTATION_DUE", "ENGAGEMENT_OPEN_LIMIT")).hasSize(2);
        assertThat(discrepancies("engagement-worker")).isEmpty();
        CLOCK.moveTo(T0.plusDays(3), LocalTime.of(0, 0, 30));
        assertThat(rows(worker, 1, "CONSULTATION_DUE", "ENGAGEMENT_OPEN_LIMIT")).extracting(r ->
                r.get("day").asText() + " " + r.get("engagementId").asText())
                .containsExactly(T0.plusDays(4) + " " + old);
        assertThat(discrepancies("engagement-worker")).containsExactlyInAnyOrder(
                "ENGAGEMENT_WITHOUT_CONSULTATION " + fresh, "ENGAGEMENT_OPEN_TOO_LONG " + old);
    }

    @Test
    void aConsentInForceIsDueOnItsLastDayARevokedOneNot() {
        CLOCK.moveTo(T0);
        Api worker = api("consent-worker");
        UUID client = client(worker, "Souhlasná", T0.minusDays(2));
        worker.post("/api/clients/" + client + "/consents", Map.of("givenOn", T0.minusDays(1).toString(),
                "validUntil", T0.plusDays(5).toString(), "scope", "ANY_WORKER")).expect(201);
        UUID revoked = client(worker, "Odvolaná", T0.minusDays(2));
        UUID consent = worker.post("/api/clients/" + revoked + "/consents", Map.of("givenOn",
                T0.minusDays(1).toString(), "validUntil", T0.plusDays(3).toString(), "scope", "ANY_WORKER"))
                .createdId();
        worker.post("/api/clients/" + revoked + "/consents/" + consent + "/revocation",
                Map.of("revokedOn", T0.toString())).expect(204);

        List<JsonNode> rows = rows(worker, 5, "CONSENT_EXPIRES");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("day").asText()).isEqualTo(T0.plusDays(5).toString());
        assertThat(rows.get(0).get("clientId").asText()).isEqualTo(client.toString());
        assertThat(rows.get(0).get("text").asText()).isEqualTo("the consent to sharing given on " + T0.minusDays(1)
                + " is in force until " + T0.plusDays(5) + ", its last day");
        assertThat(rows(worker, 4, "CONSENT_EXPIRES")).isEmpty();
        CLOCK.moveTo(T0.plusDays(5), LocalTime.of(23, 59));
        assertThat(rows(worker, 1, "CONSENT_EXPIRES")).hasSize(1);
        CLOCK.moveTo(T0.plusDays(6), LocalTime.of(0, 0, 30));
        assertThat(rows(worker, 1, "CONSENT_EXPIRES")).isEmpty();
    }

    /**
     * The warning's day is the day the automatic entry appears: the client and the family registered on T0-25
     * without contact are due on T0+5 (N = 30); a consultation on T0-1 moves the other client to T0+29.
     */
    @Test
    @Order(1)
    void theNoContactReminderIsTheDayTheAutomaticEntryAppears() {
        CLOCK.moveTo(T0);
        Api worker = api("silent-worker");
        UUID silent = client(worker, "Tichá", T0.minusDays(25));
        UUID family = worker.post("/api/families", Map.of("name", "Rodina Tichá",
                "createdOn", T0.minusDays(25).toString())).createdId();
        UUID talking = client(worker, "Hovorná", T0.minusDays(25));
        consultation(worker, engagement(worker, talking, T0.minusDays(25)), T0.minusDays(1));

        List<JsonNode> rows = rows(worker, 14, "NO_CONTACT");
        assertThat(rows).extracting(r -> r.get("day").asText() + " " + r.get("fileKind").asText())
                .containsExactlyInAnyOrder(T0.plusDays(5) + " CLIENT", T0.plusDays(5) + " FAMILY");
        JsonNode client = rows.stream().filter(r -> r.get("fileKind").asText().equals("CLIENT")).findFirst()
                .orElseThrow();
        assertThat(client.get("clientId").asText()).isEqualTo(silent.toString());
        assertThat(client.get("text").asText()).isEqualTo("without a consultation by then, the status becomes"
                + " REJECTED (DID_NOT_COME) on " + T0.plusDays(5) + ": 30 days without contact");
        assertThat(rows(worker, 29, "NO_CONTACT")).extracting(r -> r.get("day").asText())
                .containsExactlyInAnyOrder(T0.plusDays(5).toString(), T0.plusDays(5).toString(),
                        T0.plusDays(29).toString());
        LocalDate warned = LocalDate.parse(client.get("day").asText());

        CLOCK.moveTo(warned.minusDays(1), LocalTime.of(23, 59));
        assertThat(rows(worker, 1, "NO_CONTACT")).hasSize(2);
        assertThat(history(worker, "/api/clients/" + silent)).hasSize(1);

        CLOCK.moveTo(warned, LocalTime.of(0, 0, 30));
        for (String file : List.of("/api/clients/" + silent, "/api/families/" + family)) {
            Eventually.json(worker, file + "/status-history", h -> h.get("entries").size() == 2);
            JsonNode entry = history(worker, file).get(1);
            assertThat(entry.get("status").asText()).as(file).isEqualTo("REJECTED");
            assertThat(entry.get("source").asText()).as(file).isEqualTo("AUTOMATIC");
            assertThat(entry.get("effectiveDate").asText()).as(file).isEqualTo(warned.toString());
        }
        Eventually.asserted(() -> assertThat(rows(worker, 14, "NO_CONTACT")).isEmpty());
    }

    @Test
    void remindersAsCsvAndForAnotherWorker() {
        CLOCK.moveTo(T0);
        Api worker = api("csv-worker");
        String client = "/api/clients/" + client(worker, "Tabulková", T0.minusDays(2));
        CareEntries.contract(worker, client, "=CSV/1", T0.minusDays(1), T0.minusDays(1), T0.plusDays(2));

        var csv = worker.header("Accept", "text/csv").get("/api/reminders?days=3").expect(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = List.of(csv.body().split("\n"));
        assertThat(lines.get(0)).isEqualTo("day,kind,fileKind,clientId,familyId,name,engagementId,text");
        assertThat(lines).contains(T0.plusDays(2) + ",CONTRACT_END,CLIENT," + id(client)
                + ",,Jana Tabulková,,\"contract =CSV/1 is valid until " + T0.plusDays(2) + ", its last day\"");

        // a coordinator asks for the worker's; another worker sees none of them, their own list is empty
        assertThat(carol.get("/api/reminders?days=3&worker=csv-worker").expect(200).json().get("items"))
                .hasSize(1);
        JsonNode bobs = ServiceWithMovableClock.api(service, "bob").get("/api/reminders?days=3&worker=csv-worker")
                .expect(200).json();
        assertThat(bobs.get("items")).isEmpty();
        assertThat(bobs.get("total").asLong()).isZero();
        assertThat(carol.get("/api/reminders?days=3").expect(200).json().get("items")).isEmpty();
    }

    @Test
    void badParametersAreRefusedByName() {
        Api worker = api("csv-worker");
        worker.get("/api/reminders?days=0").expectProblem(400, "days", "min");
        worker.get("/api/reminders?days=366").expectProblem(400, "days", "max");
        worker.get("/api/reminders?days=soon").expectProblem(400, "days", "type");
        worker.get("/api/reminders?size=0").expectProblem(400, "size", "min");
        worker.get("/api/reminders?page=-1").expectProblem(400, "page", "min");
        worker.get("/api/reminders?worker=" + "w".repeat(101)).expectProblem(400, "worker", "size");
        worker.header("Accept", "text/csv").get("/api/reminders?days=400").expectProblem(400, "days", "max");
        ServiceWithMovableClock.api(service, "stella").get("/api/reminders").expectProblem(403);
        worker.get("/api/reminders?days=365").expect(200);
    }

    // --- building files through the API ---

    private Api api(String worker) {
        return ServiceWithMovableClock.api(service, worker);
    }

    private static UUID client(Api worker, String lastName, LocalDate registeredOn) {
        return worker.post("/api/clients", Map.of("firstName", "Jana", "lastName", lastName,
                "birthDate", "1980-01-01", "registeredOn", registeredOn.toString())).createdId();
    }

    private static UUID engagement(Api worker, UUID clientId, LocalDate openedOn) {
        return worker.post("/api/clients/" + clientId + "/engagements", Map.of("title", "Housing",
                "openedOn", openedOn.toString())).createdId();
    }

    private static void consultation(Api worker, UUID engagementId, LocalDate day) {
        worker.post("/api/engagements/" + engagementId + "/consultations", Map.of("date", day.toString(),
                "kind", "MEETING", "durationMinutes", 30, "place", "IN_OFFICE")).expect(201);
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static JsonNode history(Api worker, String file) {
        return worker.get(file + "/status-history").expect(200).json().get("entries");
    }

    /** The caller's reminders within {@code days} of these kinds, in the answer's order. */
    private static List<JsonNode> rows(Api worker, int days, String... kinds) {
        JsonNode page = worker.get("/api/reminders?size=200&days=" + days).expect(200).json();
        List<JsonNode> rows = new ArrayList<>();
        page.get("items").forEach(r -> {
            if (List.of(kinds).contains(r.get("kind").asText())) {
                rows.add(r);
            }
        });
        return rows;
    }

    private static JsonNode row(List<JsonNode> rows, String kind, UUID engagementId) {
        return rows.stream().filter(r -> r.get("kind").asText().equals(kind)
                        && r.get("engagementId").asText().equals(engagementId.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " of " + engagementId + " in " + rows));
    }

    private List<String> discrepancies(String worker) {
        Map<String, String> found = new HashMap<>();
        carol.get("/api/discrepancies?size=200&worker=" + worker).expect(200).json().get("items").forEach(r ->
                found.put(r.get("kind").asText() + " " + r.get("engagementId").asText(), ""));
        return List.copyOf(found.keySet());
    }
}
