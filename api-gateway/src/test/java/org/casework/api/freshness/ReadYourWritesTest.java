package org.casework.api.freshness;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.casework.api.support.Api;
import org.casework.api.support.Browser;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, "read your own writes": whatever a caller writes, their very next read shows it; a file stored but not
 * yet in the read models is answered "repeat" (503), never "not found". Own service: one test stops a read model.
 */
class ReadYourWritesTest extends OwnServiceTest {

    private static final int ROUNDS = Integer.getInteger("casework.test.read-your-writes.rounds", 200);
    private static final int CALLERS = 4;

    /** 200 rounds, by four callers at once (two workers, twice each) so that the reads race other writes. */
    @Test
    void everyWriteIsInTheCallersVeryNextRead() throws Exception {
        List<String> misses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int caller = 0; caller < CALLERS; caller++) {
                Api api = as(caller % 2 == 0 ? "alice" : "bob");
                int first = caller * (ROUNDS / CALLERS);
                done.add(callers.submit(() -> rounds(api, first, first + ROUNDS / CALLERS, misses)));
            }
            for (Future<?> caller : done) {
                caller.get(10, TimeUnit.MINUTES);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(misses).as("reads that did not show the write just made").isEmpty();
    }

    private void rounds(Api alice, int from, int to, List<String> misses) {
        String day = today().toString();
        for (int n = from; n < to; n++) {
            int round = n;
            UUID client = written(misses, round, "client", alice.post("/api/clients", Map.of("firstName", "Hned",
                    "lastName", "Čtená" + round, "birthDate", "1980-01-01"))).createdId();
            check(misses, round, "client card", alice.get("/api/clients/" + client),
                    card -> card.get("lastName").asText().equals("Čtená" + round));

            UUID family = written(misses, round, "family", alice.post("/api/families",
                    Map.of("name", "Rodina " + round))).createdId();
            check(misses, round, "family card", alice.get("/api/families/" + family),
                    card -> card.get("name").asText().equals("Rodina " + round));

            UUID engagement = alice.post("/api/clients/" + client + "/engagements",
                    Map.of("title", "Bydlení", "openedOn", day)).createdId();
            check(misses, round, "engagements of the client", alice.get("/api/clients/" + client + "/engagements"),
                    page -> page.get("items").size() == 1);

            alice.post("/api/engagements/" + engagement + "/consultations", Map.of("date", day, "kind", "MEETING",
                    "durationMinutes", 30, "place", "IN_OFFICE")).expect(201);
            check(misses, round, "consultation in the engagement", alice.get("/api/engagements/" + engagement),
                    summary -> summary.get("consultationCount").asInt() == 1);
            check(misses, round, "consultation in the chronology", alice.get("/api/chronology?client=" + client),
                    page -> page.get("items").size() == 1);

            written(misses, round, "status", alice.post("/api/clients/" + client + "/statuses",
                    Map.of("status", "APPLICANT", "effectiveDate", day)).expect(204));
            check(misses, round, "status history", alice.get("/api/clients/" + client + "/status-history"),
                    history -> history.get("entries").findValuesAsText("source").contains("MANUAL"));

            alice.post("/api/clients/" + client + "/contracts", Map.of("number", "S-" + round, "signedOn", day,
                    "validFrom", day)).expect(201);
            check(misses, round, "contracts", alice.get("/api/clients/" + client + "/contracts"),
                    contracts -> contracts.size() == 1);

            alice.post("/api/clients/" + client + "/household-assessments", Map.of("assessedOn", day,
                    "peopleInDwelling", 1, "members", List.of(), "clientIncomes", List.of())).expect(201);
            check(misses, round, "household assessments",
                    alice.get("/api/clients/" + client + "/household-assessments"),
                    assessments -> !assessments.get("latest").isNull());
        }
    }

    @Test
    void aWriteAnswersItsPositionAndAnotherCallerWaitsForIt() {
        Api alice = as("alice");
        Api carol = as("carol");
        for (int round = 0; round < 50; round++) {
            Response written = alice.post("/api/clients", Map.of("firstName", "Pro", "lastName", "Koordinátorku",
                    "birthDate", "1980-01-01"));
            String position = written.header("Casework-Position");
            assertThat(position).as("position of the write").matches("[0-9]+");
            carol.header("Casework-After", position).get("/api/clients/" + written.createdId()).expect(200);
        }
        carol.header("Casework-After", "soon").get("/api/clients").expectProblem(400, "Casework-After", "position");
    }

    @Test
    void aFileTheReadModelsHaveNotAppliedIsRepeatNotNotFound() {
        StreamingEventProcessor clientFiles = service.getBean(EventProcessingConfiguration.class)
                .eventProcessor("read-models", StreamingEventProcessor.class).orElseThrow();
        Api alice = as("alice");
        Api carol = as("carol");
        try (Browser browser = Browser.open(port(), "en")) {
            browser.login("alice").awaitPath("/");
            clientFiles.shutDown();
            boolean stopped = true;
            try {
                UUID client = alice.post("/api/clients", Map.of("firstName", "Ještě", "lastName", "Nečtená",
                        "birthDate", "1980-01-01")).createdId();
                Response byAnother = carol.get("/api/clients/" + client);
                byAnother.expectProblem(503);
                assertThat(byAnother.json().get("type").asText()).isEqualTo("urn:casework:problem:not-yet-readable");
                assertThat(byAnother.header("Retry-After")).isEqualTo("1");
                Response byTheWriter = alice.get("/api/clients/" + client);
                assertThat(byTheWriter.status()).as("the writer's own read, after waiting").isEqualTo(503);
                assertThat(byTheWriter.header("Casework-Stale")).as("marked as behind").isNotNull();
                carol.get("/api/clients/" + UUID.randomUUID()).expectProblem(404);

                browser.goOnce("/clients/" + client);
                assertThat(browser.waiting()).as("the writer's page of the card while the read models stand")
                        .isTrue();
                assertThat(browser.title()).contains("One moment");
                clientFiles.start();
                stopped = false;
                browser.awaitPath("/clients/" + client);
                assertThat(browser.text("#card-title")).as("the page reloads itself into the card")
                        .isEqualTo("Ještě Nečtená");
            } finally {
                if (stopped) {
                    clientFiles.start();
                }
            }
        }
        UUID later = alice.post("/api/clients", Map.of("firstName", "Už", "lastName", "Čtená",
                "birthDate", "1980-01-01")).createdId();
        alice.get("/api/clients/" + later).expect(200);
    }

    private int port() {
        return Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
    }

    private interface Shows {
        boolean test(JsonNode body);
    }

    private static Response written(List<String> misses, int round, String what, Response write) {
        if (write.header("Casework-Position") == null) {
            misses.add("round " + round + ", " + what + " written without a position: " + write.status());
        }
        return write;
    }

    private static void check(List<String> misses, int round, String what, Response read, Shows shows) {
        if (read.status() != 200 || !shows.test(read.json())) {
            misses.add("round " + round + ", " + what + ": " + read.status() + " " + read.body());
        } else if (read.header("Casework-Stale") != null) {
            misses.add("round " + round + ", " + what + ": shown only after the whole wait");
        }
    }

}
