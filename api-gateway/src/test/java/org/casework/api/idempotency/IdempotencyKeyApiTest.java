package org.casework.api.idempotency;

import io.micrometer.core.instrument.MeterRegistry;
import org.casework.api.support.Api;
import org.casework.api.support.ApiTest;
import org.casework.api.support.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyKeyApiTest extends ApiTest {

    @LocalServerPort
    private int port;
    @Autowired
    private IdempotentRequests requests;
    @Autowired
    private MeterRegistry meters;

    private static final int WRITES = 120;

    private double retries() {
        return meters.get("casework.commands.concurrency.retries").counter().count();
    }

    private static String newKey() {
        return "\"" + UUID.randomUUID() + "\"";
    }

    private long registrationsNamed(String lastName) {
        return jdbc.queryForObject("select count(*) from client_file where last_name = ?", Long.class, lastName);
    }

    private long registrationEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%ClientRegistered'",
                Long.class);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheSameAnswerAndStoresNothingTwice() {
        Api keyed = alice.header("Idempotency-Key", newKey());
        long before = registrationEvents();

        Response first = keyed.post("/api/clients", client("Jana", "Opakovaná"));
        Response again = keyed.post("/api/clients", client("Jana", "Opakovaná"));

        assertThat(again.createdId()).isEqualTo(first.createdId());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(registrationEvents() - before).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndStoresNothing() {
        Api keyed = alice.header("Idempotency-Key", newKey());
        keyed.post("/api/clients", client("Eva", "Prvníková")).createdId();
        long before = storedEvents();

        keyed.post("/api/clients", client("Eva", "Druhá")).expectProblem(422, "Idempotency-Key", "same-request");
        keyed.post("/api/clients?x=1", client("Eva", "Prvníková"))
                .expectProblem(422, "Idempotency-Key", "same-request");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void keysBelongToTheUserWhoSentThem() {
        String key = newKey();
        UUID alices = alice.header("Idempotency-Key", key).post("/api/clients", client("Ola", "Klíčová")).createdId();
        UUID bobs = as("bob").header("Idempotency-Key", key).post("/api/clients", client("Ola", "Klíčová"))
                .createdId();

        assertThat(bobs).isNotEqualTo(alices);
    }

    @Test
    void aRefusedRequestIsNotKeptSoTheCorrectedOneMayUseTheSameKey() {
        Api keyed = alice.header("Idempotency-Key", newKey());
        UUID clientId = registerClient(alice, "Ida", "Opravená");
        String path = "/api/clients/" + clientId + "/engagements";

        keyed.post(path, Map.of("title", "Housing", "openedOn", TODAY.plusDays(1).toString()))
                .expectProblem(422);
        UUID engagementId = keyed.post(path, Map.of("title", "Housing", "openedOn", TODAY.toString())).createdId();

        assertThat(keyed.post(path, Map.of("title", "Housing", "openedOn", TODAY.toString())).createdId())
                .isEqualTo(engagementId);
        assertThat(storedEventsOf(engagementId)).isEqualTo(1);
    }

    @Test
    void aKeyThatIsNotAUsableStringIsRefused() {
        for (String bad : List.of("\"\"", "\"a\\\"b\"", "x".repeat(256), "\"a b\"")) {
            alice.header("Idempotency-Key", bad).post("/api/clients", client("Bad", "Klíč"))
                    .expectProblem(400, "Idempotency-Key", "idempotency-key");
        }
        assertThat(registrationsNamed("Klíč")).isZero();
    }

    @Test
    void aWriteCommittedWhileTheCallerLostTheConnectionIsAnsweredOnRetryAndNotRepeated() throws Exception {
        String key = newKey();
        String body = "{\"firstName\":\"Petr\",\"lastName\":\"Ztracený\",\"birthDate\":\"1980-02-02\"}";
        long before = registrationEvents();
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/clients HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString(
                    "alice:alice-pw".getBytes(StandardCharsets.UTF_8)) + "\r\n"
                    + "Idempotency-Key: " + key + "\r\nContent-Length: "
                    + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (registrationEvents() == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(registrationEvents() - before).as("the first request was stored").isEqualTo(1);

        // the caller never read an answer, and retries
        Response retry = untilNotInProgress(() -> alice.header("Idempotency-Key", key).post("/api/clients", body));

        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        UUID clientId = retry.createdId();
        assertThat(registrationEvents() - before).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%ClientRegistered'", Long.class, clientId.toString())).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfOneRequestStoreItOnce() throws Exception {
        Api keyed = alice.header("Idempotency-Key", newKey());
        long before = registrationEvents();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> untilNotInProgress(
                    () -> keyed.post("/api/clients", client("Souběžný", "Opakovač")))));
        }
        Set<UUID> ids = new HashSet<>();
        for (Future<Response> answer : answers) {
            ids.add(answer.get().createdId());
        }
        pool.shutdown();

        assertThat(ids).hasSize(1);
        assertThat(registrationEvents() - before).isEqualTo(1);
    }

    @Test
    void aRequestInProgressAnswersConflictWithRetryAfter() throws Exception {
        String key = newKey();
        UUID clientId = registerClient(alice, "Běžící", "Požadavek");
        String path = "/api/clients/" + clientId + "/engagements";
        // the first request holds its key while its transaction is open; the second sees it taken
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> alice.header("Idempotency-Key", key)
                    .post(path, Map.of("title", "Housing", "openedOn", TODAY.toString()))));
        }
        List<Response> conflicts = new ArrayList<>();
        Set<UUID> created = new HashSet<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            if (response.status() == 409) {
                conflicts.add(response.expectProblem(409));
            } else {
                created.add(response.createdId());
            }
        }
        pool.shutdown();

        assertThat(created).hasSize(1);
        conflicts.forEach(conflict -> assertThat(conflict.header("Retry-After")).isEqualTo("1"));
        assertThat(storedEventsOf(created.iterator().next())).isEqualTo(1);
    }

    @Test
    void keyedWritesThatCollideOnOneFileAreRetriedLikeAnyOther() throws Exception {
        UUID clientId = registerClient(alice, "Kolize", "Klíčů");
        UUID engagementId = openEngagement(alice, clientId, TODAY.minusDays(3));
        String path = "/api/engagements/" + engagementId + "/consultations";
        double retriesBefore = retries();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            int minutes = 10 + i % 100;
            statuses.add(pool.submit(() -> alice.header("Idempotency-Key", newKey())
                    .post(path, meeting(TODAY.minusDays(1), minutes)).status()));
        }
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answered.add(status.get());
        }
        pool.shutdown();

        assertThat(answered).containsOnly(201);
        assertThat(storedEventsOf(engagementId)).isEqualTo(WRITES + 1);
        assertThat(retries() - retriesBefore).as("writes that collided and were retried").isPositive();
    }

    @Test
    void answersAreForgottenOnlyAfterTheRetention() {
        String key = newKey();
        Api keyed = alice.header("Idempotency-Key", key);
        UUID first = keyed.post("/api/clients", client("Stará", "Odpověď")).createdId();

        requests.forgetStoredBefore(Instant.now().minus(Duration.ofHours(24)));
        assertThat(keyed.post("/api/clients", client("Stará", "Odpověď")).createdId()).isEqualTo(first);

        jdbc.update("update idempotent_request set stored_at = stored_at - interval '25 hours' "
                + "where idempotency_key = ?", key.substring(1, key.length() - 1));
        requests.forgetStoredBefore(Instant.now().minus(Duration.ofHours(24)));
        assertThat(keyed.post("/api/clients", client("Stará", "Odpověď")).createdId()).isNotEqualTo(first);
    }

    private static Response untilNotInProgress(Callable<Response> request) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Response response = request.call();
            if (response.status() != 409 || System.nanoTime() > deadline) {
                return response;
            }
            Thread.sleep(50);
        }
    }
}
