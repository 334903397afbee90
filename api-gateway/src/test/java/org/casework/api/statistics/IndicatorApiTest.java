package org.casework.api.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.casework.api.support.Api;
import org.casework.api.support.Eventually;
import org.casework.api.support.ServiceWithMovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 002's care indicators on a hand-built data set, on a service of its own so every figure is the test's. The
 * period is March 2025; the expected figures are worked out in the comments.
 * <pre>
 * client  engagement  worker  opened      closed      reason               follow-up  problem types
 * Anna    A1          ines    2025-02-10  2025-03-15  SUCCESSFUL           yes        FINANCIAL, EMPLOYMENT
 * Anna    A2          ines    2025-03-20  -                                           FINANCIAL
 * Béla    B1          ines    2025-01-05  2025-02-28  SUCCESSFUL           no         FINANCIAL   (closed the day before: not in care)
 * Cecília C1          ivan    2025-03-05  2025-03-25  LACK_OF_COOPERATION  no         DOMESTIC_VIOLENCE
 * Dénes   D1          ivan    2025-03-31  -                                           (none)      (opened on "to")
 * Emese   E1          ivan    2025-04-01  -                                           FINANCIAL   (opened after "to": not in care)
 * Gábor   G1          ines    2024-06-01  -                                           OTHER       (opened long before, still open)
 * Hanna   H1          ivan    2025-02-01  2025-03-01  OTHER                yes        FINANCIAL   (closed on "from": in care)
 * Zoltán  Z1          ines    2023-05-02  2023-05-20  SUCCESSFUL           no         MENTAL_HEALTH (May 2023 only,
 * Zoltán  Z2          ines    2023-05-10  2023-06-30  SUCCESSFUL           no         MENTAL_HEALTH  with a contract)
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorApiTest {

    static final String MARCH = "/api/statistics/indicators?from=2025-03-01&to=2025-03-31";

    @TempDir
    static Path dataDirectory;
    private ConfigurableApplicationContext service;
    private Api alice;
    private Api stella;
    private final Map<String, UUID> clients = new HashMap<>();

    @BeforeAll
    void buildTheDataSet() {
        ServiceWithMovableClock.CLOCK.moveTo(LocalDate.now(ServiceWithMovableClock.PRAGUE));
        service = ServiceWithMovableClock.start(dataDirectory);
        alice = ServiceWithMovableClock.api(service, "alice");
        stella = ServiceWithMovableClock.api(service, "stella");

        UUID a1 = engagement("Anna", "A1", "ines", "2025-02-10", List.of("FINANCIAL", "EMPLOYMENT"));
        consultation(a1, "2025-02-15", "MEETING");  // before the period
        consultation(a1, "2025-03-01", "MEETING");
        consultation(a1, "2025-03-10", "MEASURE");
        consultation(a1, "2025-03-12", "PHONE");    // neither a meeting nor a measure
        close(a1, "2025-03-15", "SUCCESSFUL", true);
        UUID a2 = engagement("Anna", "A2", "ines", "2025-03-20", List.of("FINANCIAL"));
        consultation(a2, "2025-03-31", "MEETING");
        UUID b1 = engagement("Béla", "B1", "ines", "2025-01-05", List.of("FINANCIAL"));
        consultation(b1, "2025-02-20", "MEETING");
        close(b1, "2025-02-28", "SUCCESSFUL", false);
        UUID c1 = engagement("Cecília", "C1", "ivan", "2025-03-05", List.of("DOMESTIC_VIOLENCE"));
        consultation(c1, "2025-03-05", "MEETING");
        consultation(c1, "2025-03-20", "MEASURE");
        consultation(c1, "2025-03-25", "MEASURE");
        close(c1, "2025-03-25", "LACK_OF_COOPERATION", false);
        engagement("Dénes", "D1", "ivan", "2025-03-31", List.of());
        UUID e1 = engagement("Emese", "E1", "ivan", "2025-04-01", List.of("FINANCIAL"));
        consultation(e1, "2025-04-02", "MEETING");
        UUID g1 = engagement("Gábor", "G1", "ines", "2024-06-01", List.of("OTHER"));
        consultation(g1, "2025-02-28", "MEETING");
        UUID h1 = engagement("Hanna", "H1", "ivan", "2025-02-01", List.of("FINANCIAL"));
        consultation(h1, "2025-03-01", "MEETING");
        alice.post("/api/engagements/" + h1 + "/closure", Map.of("closedOn", "2025-03-01", "reason", "OTHER",
                "reasonNote", "Moved to her sister", "followUp", true)).expect(204);

        // a client with an agreement and two engagements of one type, alone in care in May 2023
        clients.put("Zoltán", alice.post("/api/clients", Map.of("firstName", "Zoltán", "lastName", "Kovács",
                "birthDate", "1980-01-01", "registeredOn", "2023-01-01")).createdId());
        UUID z1 = engagement("Zoltán", "Z1", "ines", "2023-05-02", List.of("MENTAL_HEALTH"));
        UUID z2 = engagement("Zoltán", "Z2", "ines", "2023-05-10", List.of("MENTAL_HEALTH"));
        close(z1, "2023-05-20", "SUCCESSFUL", false);
        close(z2, "2023-06-30", "SUCCESSFUL", false);
        contract("Zoltán", "2023-05-01", "2023-12-31");

        // cooperation agreements: Cecília's valid in March, Gábor's ended before it
        contract("Cecília", "2025-03-10", null);
        contract("Gábor", "2024-06-01", "2025-02-28");

        // assessments; per-capita income = total / people in the dwelling
        assess("Anna", "2025-04-10", 1, 300_000, 0);     // after "to": not the one in force on 31 March
        assess("Anna", "2025-01-10", 3, 150_000, 2);     // 50 000.00, superseded
        assess("Anna", "2025-03-15", 2, 90_000, 1);      // 45 000.00  <- in force
        assess("Béla", "2025-02-01", 1, 50_000, 0);      // not in care
        assessWithChildAllowance("Cecília", "2025-03-06", 4, 200_000, 40_000); // 240 000 / 4 = 60 000.00
        assess("Gábor", "2024-12-01", 1, 100_000, 0);    // 100 000.00, exactly a band bound
        assess("Hanna", "2025-03-01", 3, 90_000, 2);     // 30 000.00, corrected the same day:
        assess("Hanna", "2025-03-01", 3, 100_000, 2);    // 33 333.33  <- recorded last
        // Dénes has no assessment
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void indicatorsOfTheWholeOrganisation() {
        awaitIndicators(MARCH + "&incomeBands=0,50000,100000", i -> {
            // in care: A1, A2, C1, D1, G1, H1 (not B1, closed 28 Feb; not E1, opened 1 Apr)
            assertThat(i.get("engagementsInCare").asLong()).isEqualTo(6);
            // Anna (two engagements, once), Cecília, Dénes, Gábor, Hanna
            assertThat(i.get("clientsInCare").asLong()).isEqualTo(5);
            // first engagement in March: Cecília, Dénes (Anna's first was in February): 2 / 5 = 40.0 %
            assertThat(i.at("/newClients/count").asLong()).isEqualTo(2);
            assertThat(i.at("/newClients/share").asText()).isEqualTo("40.0");
            assertThat(i.get("engagementsWithAgreement").asLong()).isEqualTo(1);
            assertThat(i.get("clientsWithAgreement").asLong()).isEqualTo(1);
            // FINANCIAL: A1, A2, H1 = 3 / 6 = 50.0 %, clients Anna and Hanna; one type each: 1 / 6 = 16.7 %
            assertProblemType(i, "FINANCIAL", 3, "50.0", 2, 0);
            assertProblemType(i, "EMPLOYMENT", 1, "16.7", 1, 0);
            assertProblemType(i, "DOMESTIC_VIOLENCE", 1, "16.7", 1, 1);
            assertProblemType(i, "OTHER", 1, "16.7", 1, 0);
            assertProblemType(i, "MENTAL_HEALTH", 0, "0.0", 0, 0);
            assertThat(i.get("problemTypes")).hasSize(11);
            assertThat(i.get("engagementsWithoutProblemType").asLong()).isEqualTo(1);
            // meetings 1 Mar (A1), 31 Mar (A2), 5 Mar (C1), 1 Mar (H1); measures 10 Mar (A1), 20 and 25 Mar (C1)
            assertThat(i.get("meetings").asLong()).isEqualTo(4);
            assertThat(i.get("measures").asLong()).isEqualTo(3);
            // closed in March: A1 33 days (10 Feb - 15 Mar), C1 20 days, H1 28 days: 81 / 3 = 27.0
            assertThat(i.at("/closures/count").asLong()).isEqualTo(3);
            assertThat(i.at("/closures/averageLengthDays").asText()).isEqualTo("27.0");
            // ines: A1 33.0; ivan: (20 + 28) / 2 = 24.0
            assertThat(workers(i)).containsExactly("ines 1 33.0", "ivan 2 24.0");
            assertReason(i, "SUCCESSFUL", 1, "33.3");
            assertReason(i, "LACK_OF_COOPERATION", 1, "33.3");
            assertReason(i, "OTHER", 1, "33.3");
            assertReason(i, "CONTACT_LOST", 0, "0.0");
            // follow-up: A1 and H1, 2 / 3 closures = 66.7 %
            assertThat(i.at("/followUp/closures").asLong()).isEqualTo(2);
            assertThat(i.at("/followUp/clients").asLong()).isEqualTo(2);
            assertThat(i.at("/followUp/shareOfClosures").asText()).isEqualTo("66.7");
            // in force on 31 March: Anna 45 000, Cecília 60 000, Gábor 100 000, Hanna 33 333.33; Dénes has none
            assertThat(i.at("/income/clientsInCare").asLong()).isEqualTo(5);
            assertThat(i.at("/income/assessed").asLong()).isEqualTo(4);
            assertThat(i.at("/income/withoutAssessment/count").asLong()).isEqualTo(1);
            assertThat(i.at("/income/withoutAssessment/share").asText()).isEqualTo("20.0");
            // (45 000 + 60 000 + 100 000 + 33 333.33) / 4 = 59 583.3325 -> 59 583.33
            assertThat(i.at("/income/averagePerCapita").asText()).isEqualTo("59583.33");
            // [0, 50 000): Anna, Hanna = 2 (2/5 = 40.0 %, 2/4 = 50.0 %); [50 000, 100 000): Cecília;
            // [100 000, ∞): Gábor
            assertBand(i, 0, 0, "50000", 2, "40.0", "50.0");
            assertBand(i, 1, 50000, "100000", 1, "20.0", "25.0");
            assertBand(i, 2, 100000, "null", 1, "20.0", "25.0");
        });
    }

    @Test
    void indicatorsOfOneWorker() {
        awaitIndicators(MARCH + "&worker=ivan&incomeBands=0,50000,100000", i -> {
            // C1, D1, H1 of Cecília, Dénes, Hanna; new: Cecília and Dénes, 2 / 3 = 66.7 %
            assertThat(i.get("engagementsInCare").asLong()).isEqualTo(3);
            assertThat(i.get("clientsInCare").asLong()).isEqualTo(3);
            assertThat(i.at("/newClients/share").asText()).isEqualTo("66.7");
            assertProblemType(i, "FINANCIAL", 1, "33.3", 1, 0);
            // meetings 5 Mar (C1), 1 Mar (H1); measures 20 and 25 Mar (C1)
            assertThat(i.get("meetings").asLong()).isEqualTo(2);
            assertThat(i.get("measures").asLong()).isEqualTo(2);
            // C1 20 days, H1 28 days: 24.0
            assertThat(i.at("/closures/averageLengthDays").asText()).isEqualTo("24.0");
            assertThat(workers(i)).containsExactly("ivan 2 24.0");
            assertReason(i, "LACK_OF_COOPERATION", 1, "50.0");
            assertThat(i.at("/followUp/shareOfClosures").asText()).isEqualTo("50.0");
            // Cecília 60 000 and Hanna 33 333.33: 46 666.665 -> 46 666.67; Dénes excluded, 1 / 3 = 33.3 %
            assertThat(i.at("/income/averagePerCapita").asText()).isEqualTo("46666.67");
            assertThat(i.at("/income/withoutAssessment/share").asText()).isEqualTo("33.3");
            assertBand(i, 0, 0, "50000", 1, "33.3", "50.0");
            assertBand(i, 2, 100000, "null", 0, "0.0", "0.0");
        });
    }

    @Test
    void usersByAgreementAndProblemTypeArePersonsAClientWithTwoEngagementsCountsOnce() {
        awaitIndicators("/api/statistics/indicators?from=2023-05-01&to=2023-05-31", i -> {
            // Z1 and Z2, both Zoltán's, both MENTAL_HEALTH, his contract valid in May: 2 engagements, 1 person
            assertThat(i.get("engagementsInCare").asLong()).isEqualTo(2);
            assertThat(i.get("clientsInCare").asLong()).isEqualTo(1);
            assertThat(i.get("engagementsWithAgreement").asLong()).isEqualTo(2);
            assertThat(i.get("clientsWithAgreement").asLong()).isEqualTo(1);
            assertProblemType(i, "MENTAL_HEALTH", 2, "100.0", 1, 1);
            assertThat(find(i.get("problemTypes"), "problemType", "MENTAL_HEALTH")
                    .get("engagementsWithAgreement").asLong()).isEqualTo(2);
        });
    }

    @Test
    void aBandFromZeroIsAddedBelowTheFirstBound() {
        awaitIndicators(MARCH + "&incomeBands=40000,50000", i -> {
            // [0, 40 000): Hanna; [40 000, 50 000): Anna; [50 000, ∞): Cecília, Gábor
            assertBand(i, 0, 0, "40000", 1, "20.0", "25.0");
            assertBand(i, 1, 40000, "50000", 1, "20.0", "25.0");
            assertBand(i, 2, 50000, "null", 2, "40.0", "50.0");
        });
    }

    @Test
    void aPeriodWithoutEngagementsHasNoShares() {
        JsonNode i = stella.get("/api/statistics/indicators?from=2020-01-01&to=2020-12-31").expect(200).json();
        assertThat(i.get("engagementsInCare").asLong()).isZero();
        assertThat(i.at("/newClients/share").isNull()).isTrue();
        assertThat(i.at("/closures/averageLengthDays").isNull()).isTrue();
        assertThat(i.at("/income/averagePerCapita").isNull()).isTrue();
        assertThat(i.at("/income/bands")).isEmpty();
    }

    @Test
    void indicatorsAsCsv() {
        awaitIndicators(MARCH + "&incomeBands=0,50000,100000", i ->
                assertThat(i.at("/income/assessed").asLong()).isEqualTo(4));
        var csv = stella.header("Accept", "text/csv").get(MARCH + "&incomeBands=0,50000,100000").expect(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = List.of(csv.body().split("\n"));
        assertThat(lines.get(0)).isEqualTo("indicator,breakdown,value");
        assertThat(lines).contains("engagementsInCare,,6", "newClients.count,,2", "newClients.share,,40.0",
                "problemTypes.engagements,FINANCIAL,3", "problemTypes.share,FINANCIAL,50.0",
                "problemTypes.clientsWithAgreement,DOMESTIC_VIOLENCE,1",
                "closures.perWorker.averageLengthDays,ivan,24.0", "closures.byReason.share,SUCCESSFUL,33.3",
                "income.averagePerCapita,,59583.33", "income.bands.clients,\"[0,50000)\",2",
                "income.bands.shareOfAssessed,\"[100000,)\",25.0");
    }

    /** Walks the JSON tree: each of its figures is a line of the CSV with the same value, and no line is extra. */
    @Test
    void theCsvCarriesEveryFigureOfTheJson() throws Exception {
        String query = MARCH + "&incomeBands=0,50000,100000";
        awaitIndicators(query, i -> assertThat(i.at("/income/assessed").asLong()).isEqualTo(4));
        JsonNode json = stella.get(query).expect(200).json();
        Map<String, String> csv = new HashMap<>();
        try (var lines = new CsvMapper().readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .<List<String>>readValues(stella.header("Accept", "text/csv").get(query).expect(200).body())) {
            lines.next();
            while (lines.hasNext()) {
                List<String> line = lines.next();
                assertThat(csv.put(line.get(0) + " / " + line.get(1), line.get(2))).as("twice: " + line).isNull();
            }
        }
        Map<String, String> figures = new HashMap<>();
        figures(json, "", "", figures);
        assertThat(figures).hasSizeGreaterThan(90);
        figures.forEach((figure, value) -> {
            assertThat(csv).as(figure).containsKey(figure);
            if (value.isEmpty()) {
                assertThat(csv.get(figure)).as(figure).isEmpty();
            } else {
                assertThat(new BigDecimal(csv.get(figure))).as(figure).isEqualByComparingTo(new BigDecimal(value));
            }
        });
        assertThat(csv.keySet()).containsExactlyInAnyOrderElementsOf(figures.keySet());
    }

    private static void figures(JsonNode node, String path, String breakdown, Map<String, String> figures) {
        node.fields().forEachRemaining(field -> {
            String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode value = field.getValue();
            if (IndicatorRows.NAMES.contains(field.getKey())) {
                return;
            }
            if (value.isObject()) {
                figures(value, name, breakdown, figures);
            } else if (value.isArray()) {
                value.forEach(element -> figures(element, name, IndicatorRows.breakdown(element), figures));
            } else {
                assertThat(value.isNumber() || value.isNull()).as(name + " is a figure").isTrue();
                figures.put(name + " / " + breakdown, value.isNull() ? "" : value.asText());
            }
        });
    }

    @Test
    void badParametersAreRefusedByName() {
        stella.get("/api/statistics/indicators?from=2025-03-31&to=2025-03-01")
                .expectProblem(400, "to", "not-before-from");
        stella.get(MARCH + "&incomeBands=50000,10").expectProblem(400, "incomeBands", "ascending");
        stella.get(MARCH + "&incomeBands=-5,10").expectProblem(400, "incomeBands", "not-negative");
        stella.get(MARCH + "&incomeBands=abc").expectProblem(400, "incomeBands", "type");
        stella.get("/api/statistics/indicators?to=2025-03-01").expectProblem(400, "from", "required");
        alice.get(MARCH).expectProblem(403);
        ServiceWithMovableClock.api(service, "carol").get(MARCH).expect(200);
    }

    // --- the data set, built through the API ---

    private UUID client(String firstName) {
        return clients.computeIfAbsent(firstName, name -> alice.post("/api/clients", Map.of("firstName", name,
                "lastName", "Kovács", "birthDate", "1980-01-01", "registeredOn", "2024-01-01")).createdId());
    }

    private UUID engagement(String client, String title, String worker, String openedOn, List<String> types) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "openedOn", openedOn,
                "responsibleWorker", worker, "problemTypes", types));
        if (types.contains("OTHER")) {
            body.put("problemTypeNote", "Lakhatás");
        }
        return alice.post("/api/clients/" + client(client) + "/engagements", body).createdId();
    }

    private void consultation(UUID engagementId, String date, String kind) {
        alice.post("/api/engagements/" + engagementId + "/consultations", Map.of("date", date, "kind", kind,
                "durationMinutes", 45, "place", "IN_OFFICE")).expect(201);
    }

    private void close(UUID engagementId, String closedOn, String reason, boolean followUp) {
        alice.post("/api/engagements/" + engagementId + "/closure", Map.of("closedOn", closedOn, "reason", reason,
                "followUp", followUp)).expect(204);
    }

    private void contract(String client, String validFrom, String validTo) {
        Map<String, Object> body = new HashMap<>(Map.of("number", "M-" + client, "signedOn", validFrom,
                "validFrom", validFrom));
        body.put("validTo", validTo);
        alice.post("/api/clients/" + client(client) + "/contracts", body).expect(201);
    }

    /** The client earns {@code wages}; {@code members} more people live with them, without income. */
    private void assess(String client, String on, int people, long wages, int members) {
        List<Map<String, Object>> listed = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            listed.add(Map.of("name", "Member " + i, "relation", "CHILD", "tenure", "FAMILY_MEMBER"));
        }
        alice.post("/api/clients/" + client(client) + "/household-assessments", Map.of("assessedOn", on,
                "peopleInDwelling", people, "members", listed, "clientIncomes", List.of(Map.of("type", "WORK",
                        "kind", "WAGES", "monthlyAmount", wages)))).expect(201);
    }

    private void assessWithChildAllowance(String client, String on, int people, long wages, long allowance) {
        alice.post("/api/clients/" + client(client) + "/household-assessments", Map.of("assessedOn", on,
                "peopleInDwelling", people,
                "members", List.of(Map.of("name", "Kicsi Kovács", "relation", "CHILD", "tenure", "FAMILY_MEMBER",
                        "incomes", List.of(Map.of("type", "CHILD_RELATED", "kind", "FAMILY_ALLOWANCE",
                                "monthlyAmount", allowance)))),
                "clientIncomes", List.of(Map.of("type", "WORK", "kind", "WAGES", "monthlyAmount", wages))))
                .expect(201);
    }

    /** Read models follow the event store asynchronously: asserts until every read model has caught up. */
    private void awaitIndicators(String path, Consumer<JsonNode> assertions) {
        Eventually.asserted(() -> assertions.accept(stella.get(path).expect(200).json()));
    }

    private static void assertProblemType(JsonNode i, String type, long engagements, String share, long clients,
                                          long clientsWithAgreement) {
        JsonNode row = find(i.get("problemTypes"), "problemType", type);
        assertThat(row.get("engagements").asLong()).as(type).isEqualTo(engagements);
        assertThat(row.get("share").asText()).as(type).isEqualTo(share);
        assertThat(row.get("clients").asLong()).as(type).isEqualTo(clients);
        assertThat(row.get("clientsWithAgreement").asLong()).as(type).isEqualTo(clientsWithAgreement);
    }

    private static void assertReason(JsonNode i, String reason, long count, String share) {
        JsonNode row = find(i.at("/closures/byReason"), "reason", reason);
        assertThat(row.get("count").asLong()).as(reason).isEqualTo(count);
        assertThat(row.get("share").asText()).as(reason).isEqualTo(share);
    }

    private static void assertBand(JsonNode i, int index, long from, String to, long clients, String share,
                                   String shareOfAssessed) {
        JsonNode band = i.at("/income/bands/" + index);
        assertThat(band.get("from").asLong()).isEqualTo(from);
        assertThat(band.get("to").asText()).isEqualTo(to);
        assertThat(band.get("clients").asLong()).as("band from " + from).isEqualTo(clients);
        assertThat(band.get("share").asText()).isEqualTo(share);
        assertThat(band.get("shareOfAssessed").asText()).isEqualTo(shareOfAssessed);
    }

    private static List<String> workers(JsonNode i) {
        List<String> workers = new ArrayList<>();
        i.at("/closures/perWorker").forEach(w -> workers.add(w.get("worker").asText() + " " + w.get("count").asLong()
                + " " + w.get("averageLengthDays").asText()));
        return workers;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode row : list) {
            if (row.get(field).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no " + value + " in " + list);
    }
}
