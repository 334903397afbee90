package org.casework.api.discrepancy;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.CareEntries;
import org.casework.api.support.Eventually;
import org.casework.api.support.ServiceWithMovableClock.MovableClock;
import org.casework.api.support.ServiceWithMovableClock;
import org.casework.api.web.Xlsx;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R5 on a service of its own whose clock the test moves, with G = 5 and L = 20 days and manual status (so no
 * automatic rule changes a status while the clock moves). Each test keeps its files under a worker of its own.
 * The day boundary is the organisation's midnight: 23:59 on the last allowed day shows nothing, 00:00:30 the next
 * day shows the discrepancy, beginning that day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscrepancyApiTest {

    static final int G = 5;
    static final int L = 20;
    static final MovableClock CLOCK = ServiceWithMovableClock.CLOCK;
    static final LocalDate T0 = LocalDate.now(ServiceWithMovableClock.PRAGUE);

    /** Static: JUnit fills an instance field only before each test, after {@code @BeforeAll}. */
    @TempDir
    static Path dataDirectory;
    private ConfigurableApplicationContext service;
    private Api carol;
    private Api alice;

    @BeforeAll
    void start() {
        CLOCK.moveTo(T0);
        service = ServiceWithMovableClock.start(dataDirectory);
        carol = ServiceWithMovableClock.api(service, "carol");
        alice = ServiceWithMovableClock.api(service, "alice");
        Api adam = ServiceWithMovableClock.api(service, "adam");
        for (String worker : List.of("gap-worker", "long-worker", "mismatch-worker", "plan-worker", "paging-worker",
                "csv-worker", "count-worker", "xlsx-worker")) {
            adam.post("/api/admin/users", Map.of("username", worker, "password", worker + "-password",
                    "roles", List.of("WORKER"))).expect(201);
        }
        adam.put("/api/admin/settings", Map.of("statusMode", "MANUAL",
                "contactedStateUsed", false, "noContactDays", 90, "consultationGapDays", G,
                "openEngagementDays", L, "statusSharedWithFamily", false)).expect(200);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void engagementWithoutConsultationForMoreThanGDays() {
        CLOCK.moveTo(T0);
        String worker = "gap-worker";
        UUID consulted = engagement(client("Konzultovaný", worker), worker, T0.minusDays(10));
        consultation(consulted, T0.minusDays(G));
        UUID neverConsulted = engagement(client("Nekonzultovaný", worker), worker, T0.minusDays(G));
        UUID closed = engagement(client("Uzavřený", worker), worker, T0.minusDays(30));
        carol.post("/api/engagements/" + closed + "/closure", Map.of("closedOn", T0.minusDays(20).toString(),
                "reason", "SUCCESSFUL")).expect(204);

        CLOCK.moveTo(T0.plusDays(1), LocalTime.of(0, 0, 30));
        Eventually.asserted(() -> {
            List<JsonNode> rows = rows("ENGAGEMENT_WITHOUT_CONSULTATION", worker);
            assertThat(rows).hasSize(2);
            // last consultation on T0-5 (or opening on T0-5): 6 days on T0+1 is more than G = 5, since T0-5+5+1 = T0+1
            assertThat(row(rows, consulted).get("since").asText()).isEqualTo(T0.plusDays(1).toString());
            assertThat(row(rows, consulted).get("text").asText()).isEqualTo(
                    "no consultation for 6 days (more than 5) since the last one on " + T0.minusDays(G));
            assertThat(row(rows, neverConsulted).get("since").asText()).isEqualTo(T0.plusDays(1).toString());
            assertThat(row(rows, neverConsulted).get("text").asText()).isEqualTo(
                    "no consultation for 6 days (more than 5) since the engagement opened on " + T0.minusDays(G));
            assertThat(row(rows, consulted).get("name").asText()).isEqualTo("Jana Konzultovaný");
            assertThat(row(rows, consulted).get("engagementTitle").asText()).isEqualTo("Housing");
            assertThat(row(rows, consulted).get("fileKind").asText()).isEqualTo("CLIENT");
        });

        CLOCK.moveTo(T0, LocalTime.of(23, 59));
        // exactly G days is not more than G
        assertThat(rows("ENGAGEMENT_WITHOUT_CONSULTATION", worker)).isEmpty();
    }

    @Test
    void engagementOpenForMoreThanLDays() {
        CLOCK.moveTo(T0);
        String worker = "long-worker";
        UUID longOpen = engagement(client("Dlouhý", worker), worker, T0.minusDays(L));
        consultation(longOpen, T0.minusDays(1));
        UUID younger = engagement(client("Mladší", worker), worker, T0.minusDays(L - 1));
        consultation(younger, T0.minusDays(1));

        CLOCK.moveTo(T0.plusDays(1), LocalTime.of(0, 0, 30));
        Eventually.asserted(() -> {
            List<JsonNode> rows = rows("ENGAGEMENT_OPEN_TOO_LONG", worker);
            assertThat(rows).hasSize(1);
            // opened on T0-20: on T0+1 open for 21 days, more than L = 20, since T0-20+20+1 = T0+1
            assertThat(rows.get(0).get("engagementId").asText()).isEqualTo(longOpen.toString());
            assertThat(rows.get(0).get("since").asText()).isEqualTo(T0.plusDays(1).toString());
            assertThat(rows.get(0).get("text").asText()).isEqualTo(
                    "open for 21 days (more than 20) since it opened on " + T0.minusDays(L));
            // both have a consultation 2 days ago, so neither lacks one
            assertThat(rows("ENGAGEMENT_WITHOUT_CONSULTATION", worker)).isEmpty();
        });

        CLOCK.moveTo(T0, LocalTime.of(23, 59));
        assertThat(rows("ENGAGEMENT_OPEN_TOO_LONG", worker)).isEmpty();
    }

    @Test
    void statusThatContradictsTheContracts() {
        CLOCK.moveTo(T0);
        String worker = "mismatch-worker";
        // an applicant (since registration on T0-60) with a contract valid since T0-10: red since T0-10
        String applicant = "/api/clients/" + client("Žadatel", worker);
        contract(applicant, "S-1", T0.minusDays(10), null);
        // a service user whose only contract is valid until T0: red from T0+1
        String expiring = "/api/clients/" + client("Končící", worker);
        status(expiring, "SERVICE_USER", T0.minusDays(30), null);
        contract(expiring, "S-2", T0.minusDays(30), T0);
        plan(expiring, T0.minusDays(30), T0.plusDays(100));
        // a rejected family with a contract valid since T0-40: red since the later of T0-20 and T0-40
        String family = "/api/families/" + carol.post("/api/families", Map.of("name", "Rodina Rozporná",
                "responsibleWorker", worker, "createdOn", T0.minusDays(60).toString())).createdId();
        status(family, "REJECTED", T0.minusDays(20), "CLIENT_DECISION");
        contract(family, "S-3", T0.minusDays(40), null);
        // in order: a service user with a valid contract
        String inOrder = "/api/clients/" + client("Pořádný", worker);
        status(inOrder, "SERVICE_USER", T0.minusDays(30), null);
        contract(inOrder, "S-4", T0.minusDays(30), null);

        CLOCK.moveTo(T0.plusDays(1), LocalTime.of(0, 0, 30));
        Eventually.asserted(() -> {
            List<JsonNode> rows = rows("STATUS_CONTRACT_MISMATCH", worker);
            assertThat(rows).hasSize(3);
            assertThat(row(rows, id(applicant)).get("since").asText()).isEqualTo(T0.minusDays(10).toString());
            assertThat(row(rows, id(applicant)).get("text").asText())
                    .isEqualTo("applicant since " + T0.minusDays(60) + ", yet contract S-1 valid with no end date");
            assertThat(row(rows, id(expiring)).get("since").asText()).isEqualTo(T0.plusDays(1).toString());
            assertThat(row(rows, id(expiring)).get("text").asText()).isEqualTo("service user since " + T0.minusDays(30)
                    + ", yet no valid contract (contract S-2 ended on " + T0 + ")");
            JsonNode familyRow = row(rows, id(family));
            assertThat(familyRow.get("fileKind").asText()).isEqualTo("FAMILY");
            assertThat(familyRow.get("clientId").isNull()).isTrue();
            assertThat(familyRow.get("name").asText()).isEqualTo("Rodina Rozporná");
            assertThat(familyRow.get("since").asText()).isEqualTo(T0.minusDays(20).toString());
            assertThat(rows).extracting(r -> r.get("since").asText()).isSorted();
        });

        CLOCK.moveTo(T0, LocalTime.of(23, 59));
        assertThat(rows("STATUS_CONTRACT_MISMATCH", worker)).extracting(r -> r.get("since").asText())
                .containsExactlyInAnyOrder(T0.minusDays(10).toString(), T0.minusDays(20).toString());
    }

    @Test
    void serviceUserWithoutAPlanOrWithAPlanPastReview() {
        CLOCK.moveTo(T0);
        String worker = "plan-worker";
        String noPlan = "/api/clients/" + client("Bezplánový", worker);
        status(noPlan, "SERVICE_USER", T0.minusDays(15), null);
        contract(noPlan, "P-1", T0.minusDays(15), null);
        String reviewDueToday = "/api/clients/" + client("Revidovaný", worker);
        status(reviewDueToday, "SERVICE_USER", T0.minusDays(15), null);
        contract(reviewDueToday, "P-2", T0.minusDays(15), null);
        plan(reviewDueToday, T0.minusDays(15), T0);
        String family = "/api/families/" + carol.post("/api/families", Map.of("name", "Rodina Bezplánová",
                "responsibleWorker", worker, "createdOn", T0.minusDays(60).toString())).createdId();
        status(family, "SERVICE_USER", T0.minusDays(15), null);
        contract(family, "P-3", T0.minusDays(15), null);
        // an applicant (from registration) needs no plan yet
        String applicant = "/api/clients/" + client("Čekající", worker);

        CLOCK.moveTo(T0.plusDays(1), LocalTime.of(0, 0, 30));
        Eventually.asserted(() -> {
            List<JsonNode> rows = rows("PLAN_MISSING_OR_OVERDUE", worker);
            assertThat(rows).hasSize(3);
            assertThat(row(rows, id(noPlan)).get("since").asText()).isEqualTo(T0.minusDays(15).toString());
            assertThat(row(rows, id(noPlan)).get("text").asText()).isEqualTo("a service user without an individual plan");
            assertThat(row(rows, id(reviewDueToday)).get("since").asText()).isEqualTo(T0.plusDays(1).toString());
            assertThat(row(rows, id(reviewDueToday)).get("text").asText())
                    .isEqualTo("the individual plan was due for review on " + T0);
            assertThat(row(rows, id(family)).get("fileKind").asText()).isEqualTo("FAMILY");
        });

        CLOCK.moveTo(T0, LocalTime.of(23, 59));
        // a plan due for review today is not yet overdue
        assertThat(rows("PLAN_MISSING_OR_OVERDUE", worker)).hasSize(2);
    }

    @Test
    void workerSeesOwnDiscrepanciesCoordinatorsAndDirectorsEveryones() {
        CLOCK.moveTo(T0);
        Api bob = ServiceWithMovableClock.api(service, "bob");
        UUID alicesEngagement = engagement(client("Alicin", "alice"), "alice", T0.minusDays(L + 5));
        UUID bobsEngagement = engagement(client("Bobův", "bob"), "bob", T0.minusDays(L + 5));
        awaitRows("ENGAGEMENT_OPEN_TOO_LONG", "bob", bobsEngagement);
        awaitRows("ENGAGEMENT_OPEN_TOO_LONG", "alice", alicesEngagement);

        JsonNode own = alice.get("/api/discrepancies?size=200").expect(200).json();
        assertThat(own.get("items")).isNotEmpty().allSatisfy(r ->
                assertThat(r.get("responsibleWorker").asText()).isEqualTo("alice"));
        assertThat(own.get("items")).anySatisfy(r ->
                assertThat(r.get("engagementId").asText()).isEqualTo(alicesEngagement.toString()));
        assertThat(bob.get("/api/discrepancies?worker=bob&size=200").expect(200).json().get("items"))
                .allSatisfy(r -> assertThat(r.get("responsibleWorker").asText()).isEqualTo("bob"));
        assertThat(alice.get("/api/discrepancies?worker=bob&size=200").expect(200).json().get("items"))
                .as("none of bob's files is shared with alice").isEmpty();

        for (String user : List.of("carol", "dana", "audrey")) {
            JsonNode everyone = ServiceWithMovableClock.api(service, user).get("/api/discrepancies?size=200")
                    .expect(200).json();
            assertThat(everyone.get("items")).extracting(r -> r.get("engagementId").asText())
                    .contains(alicesEngagement.toString(), bobsEngagement.toString());
        }
        ServiceWithMovableClock.api(service, "stella").get("/api/discrepancies").expectProblem(403);
    }

    @Test
    void discrepanciesArePagedOldestFirst() {
        CLOCK.moveTo(T0);
        String worker = "paging-worker";
        for (int i = 0; i < 3; i++) {
            engagement(client("Stránkovaný" + i, worker), worker, T0.minusDays(L + 1 + i));
        }
        // three engagements open too long and three without a consultation: six rows
        awaitRows(null, worker, 6);
        JsonNode first = carol.get("/api/discrepancies?worker=" + worker + "&size=4&count=true").expect(200).json();
        JsonNode second = carol.get("/api/discrepancies?worker=" + worker + "&size=4&page=1&count=true").expect(200)
                .json();
        assertThat(first.get("total").asLong()).isEqualTo(6);
        assertThat(second.get("total").asLong()).isEqualTo(6);
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        assertThat(second.get("hasMore").asBoolean()).isFalse();
        JsonNode uncounted = carol.get("/api/discrepancies?worker=" + worker + "&size=4").expect(200).json();
        assertThat(uncounted.has("total")).as("counted only when asked").isFalse();
        assertThat(uncounted.get("hasMore").asBoolean()).isTrue();
        assertThat(uncounted.get("items")).isEqualTo(first.get("items"));
        assertThat(carol.get("/api/discrepancies?worker=" + worker + "&size=4&page=1").expect(200).json()
                .get("hasMore").asBoolean()).isFalse();
        assertThat(first.get("items")).hasSize(4);
        assertThat(second.get("items")).hasSize(2);
        List<String> since = new ArrayList<>();
        first.get("items").forEach(r -> since.add(r.get("since").asText()));
        second.get("items").forEach(r -> since.add(r.get("since").asText()));
        assertThat(since).isSorted();
        assertThat(carol.get("/api/discrepancies?worker=" + worker + "&size=4&page=5&count=true").expect(200).json()
                .get("total").asLong()).isEqualTo(6);
    }

    @Test
    void theCountCountsWhatTheListListsKindByKindAndTheWorkersSummaryAgrees() {
        CLOCK.moveTo(T0);
        String worker = "count-worker";
        // open too long and without a consultation: two rows
        engagement(client("Počítaný", worker), worker, T0.minusDays(L + 1));
        // an applicant with a contract (red) and a service user without a plan: one row each
        contract("/api/clients/" + client("Rozporný", worker), "C-1", T0.minusDays(10), null);
        String planless = "/api/clients/" + client("Bezplánový", worker);
        status(planless, "SERVICE_USER", T0.minusDays(30), null);
        contract(planless, "C-2", T0.minusDays(30), null);
        // a rejected family with a valid contract (red): one row
        String family = "/api/families/" + carol.post("/api/families", Map.of("name", "Rodina Počítaná",
                "responsibleWorker", worker, "createdOn", T0.minusDays(60).toString())).createdId();
        status(family, "REJECTED", T0.minusDays(20), "CLIENT_DECISION");
        contract(family, "C-3", T0.minusDays(40), null);
        awaitRows(null, worker, 5);

        for (String kind : new String[] {null, "ENGAGEMENT_WITHOUT_CONSULTATION", "ENGAGEMENT_OPEN_TOO_LONG",
                "STATUS_CONTRACT_MISMATCH", "PLAN_MISSING_OR_OVERDUE"}) {
            JsonNode counted = carol.get("/api/discrepancies?size=1&count=true&worker=" + worker
                    + (kind == null ? "" : "&kind=" + kind)).expect(200).json();
            assertThat(counted.get("total").asLong()).as(kind == null ? "every kind" : kind)
                    .isEqualTo(rows(kind, worker).size()).isPositive();
        }
        Api self = Api.at(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")))
                .as(worker, worker + "-password");
        JsonNode summary = self.get("/api/me/summary").expect(200).json();
        assertThat(summary.get("discrepancies").asLong()).isEqualTo(5);
    }

    @Test
    void discrepanciesAsCsv() {
        CLOCK.moveTo(T0);
        String worker = "csv-worker";
        UUID engagement = engagement(client("Tabulkový", worker), worker, T0.minusDays(L + 1));
        awaitRows("ENGAGEMENT_OPEN_TOO_LONG", worker, engagement);

        var csv = carol.header("Accept", "text/csv")
                .get("/api/discrepancies?kind=ENGAGEMENT_OPEN_TOO_LONG&worker=" + worker).expect(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains(".csv");
        String[] lines = csv.body().split("\n");
        assertThat(lines[0]).isEqualTo("kind,fileKind,clientId,familyId,name,engagementId,engagementTitle,"
                + "responsibleWorker,since,text");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("ENGAGEMENT_OPEN_TOO_LONG,CLIENT,")
                // opened on T0-21: since T0-21+20+1 = T0
                .contains(engagement.toString(), "Jana Tabulkový", worker, T0.toString());
        // JSON stays the default
        assertThat(carol.get("/api/discrepancies?worker=" + worker).expect(200).header("Content-Type"))
                .startsWith("application/json");
    }

    @Test
    void discrepanciesAsXlsxHoldTheRowsOfTheJsonWithDaysAsDates() throws Exception {
        CLOCK.moveTo(T0);
        String worker = "xlsx-worker";
        // open too long and without a consultation: two rows
        UUID engagement = engagement(client("Sešitový", worker), worker, T0.minusDays(L + 2));
        List<JsonNode> json = awaitRows(null, worker, 2);

        var xlsx = carol.header("Accept", Xlsx.MEDIA_TYPE).download("/api/discrepancies?worker=" + worker);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(Xlsx.MEDIA_TYPE);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment")
                .contains(".xlsx");
        List<List<String>> sheet = new ArrayList<>();
        List<Object> sinces = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            book.getFirstSheet().openStream().forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    cells.add(row.getOptionalCell(c).map(Cell::getText).orElse(""));
                }
                sheet.add(cells);
                if (row.getRowNum() > 1) {
                    sinces.add(row.getCellAsDate(8).orElseThrow().toLocalDate());
                }
            });
        }
        assertThat(sheet.get(0)).containsExactly("kind", "fileKind", "clientId", "familyId", "name", "engagementId",
                "engagementTitle", "responsibleWorker", "since", "text");
        assertThat(sheet).hasSize(json.size() + 1);
        for (int i = 0; i < json.size(); i++) {
            JsonNode row = json.get(i);
            assertThat(sheet.get(i + 1).get(0)).isEqualTo(row.get("kind").asText());
            assertThat(sheet.get(i + 1).get(5)).isEqualTo(row.get("engagementId").asText(""));
            assertThat(sheet.get(i + 1).get(9)).isEqualTo(row.get("text").asText());
            assertThat(sinces.get(i)).as("a date cell").isEqualTo(LocalDate.parse(row.get("since").asText()));
        }
        assertThat(sheet).extracting(r -> r.get(5)).contains(engagement.toString());
    }

    @Test
    void badFiltersAreRefusedByName() {
        carol.get("/api/discrepancies?kind=NOT_A_KIND").expectProblem(400, "kind", "type");
        carol.get("/api/discrepancies?size=0").expectProblem(400, "size", "min");
        carol.get("/api/discrepancies?size=201").expectProblem(400, "size", "max");
    }

    // --- building files through the API ---

    private UUID client(String lastName, String worker) {
        return carol.post("/api/clients", Map.of("firstName", "Jana", "lastName", lastName,
                "birthDate", "1980-01-01", "registeredOn", T0.minusDays(60).toString(),
                "responsibleWorker", worker)).createdId();
    }

    private UUID engagement(UUID clientId, String worker, LocalDate openedOn) {
        return carol.post("/api/clients/" + clientId + "/engagements", Map.of("title", "Housing",
                "openedOn", openedOn.toString(), "responsibleWorker", worker)).createdId();
    }

    private void consultation(UUID engagementId, LocalDate day) {
        carol.post("/api/engagements/" + engagementId + "/consultations", Map.of("date", day.toString(),
                "kind", "MEETING", "durationMinutes", 30, "place", "IN_OFFICE")).expect(201);
    }

    private void status(String file, String status, LocalDate effectiveDate, String reason) {
        CareEntries.status(carol, file, status, effectiveDate, reason);
    }

    private void contract(String file, String number, LocalDate validFrom, LocalDate validTo) {
        CareEntries.contract(carol, file, number, validFrom, validFrom, validTo);
    }

    private void plan(String file, LocalDate validFrom, LocalDate reviewDue) {
        CareEntries.plan(carol, file, validFrom, reviewDue);
    }

    private static UUID id(String path) {
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }

    private List<JsonNode> rows(String kind, String worker) {
        JsonNode page = carol.get("/api/discrepancies?size=200&worker=" + worker
                + (kind == null ? "" : "&kind=" + kind)).expect(200).json();
        List<JsonNode> rows = new ArrayList<>();
        page.get("items").forEach(rows::add);
        return rows;
    }

    /** Waits until the read models show {@code count} rows, then returns them. */
    private List<JsonNode> awaitRows(String kind, String worker, int count) {
        Eventually.json(carol, "/api/discrepancies?size=200&worker=" + worker + (kind == null ? "" : "&kind=" + kind),
                page -> page.get("items").size() == count && page.get("items").findValues("name").stream()
                        .noneMatch(JsonNode::isNull));
        return rows(kind, worker);
    }

    /** Waits until the rows are exactly those of these engagements or files (all read models caught up). */
    private List<JsonNode> awaitRows(String kind, String worker, UUID... expected) {
        Eventually.json(carol, "/api/discrepancies?size=200&worker=" + worker + "&kind=" + kind, page -> {
            List<String> found = new ArrayList<>();
            page.get("items").forEach(r -> found.add(r.get("engagementId").isNull()
                    ? r.path(r.get("clientId").isNull() ? "familyId" : "clientId").asText()
                    : r.get("engagementId").asText()));
            return found.size() == expected.length && found.containsAll(
                    Arrays.stream(expected).map(UUID::toString).toList())
                    && page.get("items").findValues("name").stream().noneMatch(JsonNode::isNull);
        });
        return rows(kind, worker);
    }

    private static JsonNode row(List<JsonNode> rows, UUID fileOrEngagement) {
        return rows.stream().filter(r -> fileOrEngagement.toString().equals(r.path("engagementId").asText())
                        || fileOrEngagement.toString().equals(r.path("clientId").asText())
                        || fileOrEngagement.toString().equals(r.path("familyId").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + fileOrEngagement + " in " + rows));
    }
}
