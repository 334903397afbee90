package org.casework.api.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.ApiTest;
import org.casework.api.support.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README.md "Roles and files", cell by cell: the table is read from the README itself, so the documented rules
 * and the tested ones cannot drift apart. Each row's endpoint group has probes here (one or more requests); a
 * row without probes, or probes without a row, fail the test.
 */
class AccessMatrixTest extends ApiTest {

    static final Path README = Path.of("..", "README.md");
    static final List<String> COLUMNS = List.of("WORKER own", "WORKER shared", "WORKER other", "COORDINATOR",
            "DIRECTOR", "AUDITOR", "ADMIN", "STATISTICS", "METRICS");

    /** The files a request is aimed at: a client with an engagement, and a family. */
    record Target(UUID client, UUID engagement, UUID family, String responsible) {
    }

    /** What one endpoint group does: its requests, and for a list the ids it lists. */
    record Probe(BiFunction<Api, Target, List<Response>> requests, BiFunction<JsonNode, Target, Boolean> lists) {

        static Probe of(BiFunction<Api, Target, List<Response>> requests) {
            return new Probe(requests, null);
        }
    }

    private String worker;
    private Api theWorker;
    private Target own;
    private Target shared;
    private Target other;

    /** A worker, a colleague, and three files: the worker's own, one the colleague shares, one not shared. */
    private void files() {
        worker = newWorker("matrix");
        String colleague = newWorker("colleague");
        theWorker = anonymous.as(worker, worker + "-password");
        Api theColleague = anonymous.as(colleague, colleague + "-password");
        own = file(theWorker, worker, "Vlastní");
        shared = file(theColleague, colleague, "Sdílená");
        other = file(theColleague, colleague, "Cizí");
        theColleague.post("/api/clients/" + shared.client() + "/consents", Map.of("givenOn", TODAY.toString(),
                "scope", "ANY_WORKER")).expect(201);
        theColleague.post("/api/clients/" + shared.client() + "/shares", Map.of("worker", worker)).expect(204);
        Api carol = as("carol");
        for (Target target : List.of(own, shared, other)) {
            awaitJson(carol, "/api/engagements/" + target.engagement(), e -> true);
            awaitJson(carol, "/api/families/" + target.family(), f -> f.get("memberCount").asInt() == 1);
            awaitJson(carol, "/api/chronology?count=true&client=" + target.client(), page -> page.get("total").asInt() == 1);
            awaitJson(carol, "/api/discrepancies?size=200&worker=" + target.responsible(),
                    page -> page.get("items").findValuesAsText("clientId").contains(target.client().toString()));
        }
    }

    /** A client registered 90 days ago with an engagement consulted once 50 days ago, in a family of its own. */
    private Target file(Api by, String responsible, String lastName) {
        UUID client = by.post("/api/clients", Map.of("firstName", "Matice", "lastName", lastName,
                "birthDate", "1980-01-01", "registeredOn", TODAY.minusDays(90).toString())).createdId();
        UUID engagement = by.post("/api/clients/" + client + "/engagements", Map.of("title", "Bydlení",
                "openedOn", TODAY.minusDays(60).toString())).createdId();
        by.post("/api/engagements/" + engagement + "/consultations", meeting(TODAY.minusDays(50), 30)).expect(201);
        UUID family = by.post("/api/families", Map.of("name", "Matice " + lastName,
                "createdOn", TODAY.minusDays(90).toString())).createdId();
        by.post("/api/families/" + family + "/members", Map.of("clientId", client, "relation", "REFERENCE_PERSON",
                "since", TODAY.minusDays(80).toString())).expect(204);
        return new Target(client, engagement, family, responsible);
    }

    private Map<String, Probe> probes() {
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("register a client, create a family", Probe.of((api, t) -> List.of(
                api.post("/api/clients", Map.of("firstName", "Nová", "lastName", "Klientka",
                        "birthDate", "1990-01-01")),
                api.post("/api/families", Map.of("name", "Noví")))));
        probes.put("client overview", new Probe((api, t) -> List.of(api.get("/api/clients?count=true&size=200&q=matice")),
                (page, t) -> page.get("items").findValuesAsText("id").contains(t.client().toString())));
        probes.put("client file", Probe.of((api, t) -> {
            String file = "/api/clients/" + t.client();
            return List.of(api.get(file), api.get(file + "/status-history"), api.get(file + "/contracts"),
                    api.get(file + "/plan"), api.get(file + "/engagements"), api.get(file + "/household-assessments"),
                    api.get(file + "/sharing"));
        }));
        probes.put("change a client file", Probe.of((api, t) -> List.of(
                api.put("/api/clients/" + t.client() + "/personal-data", Map.of("firstName", "Matice",
                        "lastName", "Změněná", "birthDate", "1980-01-01")),
                api.put("/api/clients/" + t.client() + "/application", Map.of("receivedOn",
                        TODAY.minusDays(80).toString())))));
        probes.put("engagement", Probe.of((api, t) -> List.of(api.get("/api/engagements/" + t.engagement()))));
        probes.put("record into an engagement", Probe.of((api, t) -> List.of(
                api.post("/api/engagements/" + t.engagement() + "/consultations", meeting(TODAY.minusDays(40), 20)),
                // the corrections (issue 20) pass the same guard as recording
                api.put("/api/engagements/" + t.engagement() + "/details", Map.of("title", "Matice",
                        "reason", "access probe")))));
        probes.put("chronology", new Probe((api, t) -> List.of(api.get("/api/chronology?count=true&size=200&from="
                + TODAY.minusDays(50) + "&to=" + TODAY.minusDays(50))),
                (page, t) -> page.get("items").findValuesAsText("clientId").contains(t.client().toString())));
        probes.put("discrepancies", new Probe((api, t) -> List.of(api.get("/api/discrepancies?size=200&worker="
                + t.responsible())),
                (page, t) -> page.get("items").findValuesAsText("clientId").contains(t.client().toString())));
        probes.put("reminders", new Probe((api, t) -> List.of(api.get("/api/reminders?days=365&size=200&worker="
                + t.responsible())),
                (page, t) -> page.get("items").findValuesAsText("clientId").contains(t.client().toString())));
        probes.put("consents and shares", Probe.of((api, t) -> {
            String file = "/api/clients/" + t.client();
            Response consent = api.post(file + "/consents", Map.of("givenOn", TODAY.toString(),
                    "scope", "NAMED_WORKERS", "workers", List.of("bob")));
            List<Response> answers = new ArrayList<>(List.of(consent));
            if (consent.status() == 201) {
                answers.add(api.post(file + "/shares", Map.of("worker", "bob")));
                answers.add(api.send("DELETE", file + "/shares/bob", null));
                answers.add(api.post(file + "/consents/" + consent.createdId() + "/revocation", Map.of()));
            } else {
                answers.add(api.post(file + "/consents/" + UUID.randomUUID() + "/revocation", Map.of()));
                answers.add(api.post(file + "/shares", Map.of("worker", "bob")));
                answers.add(api.send("DELETE", file + "/shares/bob", null));
            }
            return answers;
        }));
        probes.put("hand a file over", Probe.of((api, t) -> List.of(
                api.put("/api/clients/" + t.client() + "/responsible-worker", Map.of("worker", t.responsible())),
                api.put("/api/families/" + t.family() + "/responsible-worker", Map.of("worker", t.responsible())))));
        probes.put("merge files", Probe.of((api, t) -> {
            Api carol = as("carol");
            UUID survivor = carol.post("/api/clients", Map.of("firstName", "Matice", "lastName", "Sloučená",
                    "birthDate", "1980-01-01")).createdId();
            UUID merged = carol.post("/api/clients", Map.of("firstName", "Matice", "lastName", "Sloučená",
                    "birthDate", "1980-01-01")).createdId();
            return List.of(api.post("/api/clients/" + survivor + "/merge", Map.of("mergedClientId", merged,
                    "reason", "access probe")), api.get("/api/duplicates"));
        }));
        probes.put("family overview", new Probe((api, t) -> List.of(api.get("/api/families?count=true&size=200&q=matice")),
                (page, t) -> page.get("items").findValuesAsText("id").contains(t.family().toString())));
        probes.put("family file", Probe.of((api, t) -> {
            String file = "/api/families/" + t.family();
            return List.of(api.get(file), api.get(file + "/status-history"), api.get(file + "/contracts"),
                    api.get(file + "/plan"));
        }));
        probes.put("change a family file", Probe.of((api, t) -> List.of(
                api.put("/api/families/" + t.family() + "/plan", Map.of("validFrom", TODAY.toString(),
                        "reviewDue", TODAY.plusDays(90).toString(), "goals", List.of("Bydlení"))))));
        probes.put("statistics", Probe.of((api, t) -> List.of(
                api.get("/api/statistics/statuses?from=" + TODAY.minusDays(30) + "&to=" + TODAY),
                api.get("/api/statistics/indicators?from=" + TODAY.minusDays(30) + "&to=" + TODAY))));
        probes.put("audit", Probe.of((api, t) -> List.of(
                api.get("/api/audit/clients/" + t.client() + "/events"),
                api.get("/api/audit/clients/" + t.client() + "?asOf=" + TODAY),
                api.get("/api/audit/access-log?size=1"), api.get("/api/audit/security-log?size=1"))));
        probes.put("administration", Probe.of((api, t) -> List.of(api.get("/api/admin/settings"),
                api.get("/api/admin/users"), api.get("/api/admin/projections"))));
        probes.put("metrics", Probe.of((api, t) -> List.of(api.get("/actuator/prometheus"))));
        probes.put("other actuator endpoints", Probe.of((api, t) -> List.of(api.get("/actuator/metrics"),
                api.get("/actuator/info"))));
        probes.put("own account", Probe.of((api, t) -> List.of(api.get("/api/me"))));
        return probes;
    }

    @TestFactory
    Stream<DynamicTest> everyCellAnswersAsTheReadmeSays() throws IOException {
        files();
        Map<String, List<String>> table = readmeTable();
        Map<String, Probe> probes = probes();
        assertThat(table.keySet()).as("README rows and probed endpoint groups")
                .containsExactlyInAnyOrderElementsOf(probes.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        table.forEach((group, cells) -> {
            for (int c = 0; c < COLUMNS.size(); c++) {
                String column = COLUMNS.get(c);
                String cell = cells.get(c);
                tests.add(DynamicTest.dynamicTest(group + " | " + column + " | " + cell,
                        () -> check(probes.get(group), column, cell)));
            }
        });
        return tests.stream();
    }

    private void check(Probe probe, String column, String cell) {
        Api caller = switch (column) {
            case "WORKER own", "WORKER shared", "WORKER other" -> theWorker;
            case "COORDINATOR" -> as("carol");
            case "DIRECTOR" -> as("dana");
            case "AUDITOR" -> as("audrey");
            case "ADMIN" -> as("adam");
            case "STATISTICS" -> as("stella");
            case "METRICS" -> as("prometheus");
            default -> throw new IllegalArgumentException(column);
        };
        Target target = switch (column) {
            case "WORKER own" -> own;
            case "WORKER shared" -> shared;
            default -> other;
        };
        List<Response> answers = probe.requests().apply(caller, target);
        for (Response answer : answers) {
            String what = column + " got " + answer.status() + " " + answer.body();
            switch (cell) {
                case "yes" -> assertThat(answer.status()).as(what).isBetween(200, 299);
                case "403", "404" -> assertThat(answer.status()).as(what).isEqualTo(Integer.parseInt(cell));
                case "listed", "not listed" -> {
                    assertThat(answer.status()).as(what).isEqualTo(200);
                    assertThat(probe.lists().apply(answer.json(), target)).as(what + ": lists the file")
                            .isEqualTo(cell.equals("listed"));
                }
                default -> throw new IllegalArgumentException("unknown cell '" + cell + "'");
            }
            if (cell.equals("yes") && probe.lists() != null) {
                assertThat(probe.lists().apply(answer.json(), target)).as(what + ": lists the file").isTrue();
            }
        }
    }

    /** Group name (the text before the first ':') to its cells, in {@link #COLUMNS} order. */
    static Map<String, List<String>> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf("<!-- access-matrix -->");
        int end = lines.indexOf("<!-- /access-matrix -->");
        assertThat(start).as("the access matrix in README.md").isNotNegative().isLessThan(end);
        List<String> header = cells(lines.get(start + 1));
        assertThat(header.subList(1, header.size())).containsExactlyElementsOf(COLUMNS);
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (String line : lines.subList(start + 3, end)) {
            List<String> cells = cells(line);
            String group = cells.get(0);
            table.put(group.substring(0, group.indexOf(':')), cells.subList(1, cells.size()));
        }
        return table;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        return Stream.of(inner.split("\\|")).map(String::strip).toList();
    }
}
