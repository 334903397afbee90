package org.casework.api.support;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers registering clients and readers reading their cards, each as fast as the service answers, recording
 * every answer: what a database outage or a shutdown looks like to callers.
 */
public final class Load implements AutoCloseable {

    /** One request: its answer (status 0 when no answer came: refused or cut connection) and how long it took. */
    public record Outcome(String request, Instant sent, Duration took, int status, String contentType,
                          String retryAfter, String body, String error) {

        boolean isProblem503() {
            return status == 503 && contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<UUID> acknowledged = new ConcurrentLinkedQueue<>();

    private Load(int writers, int readers, Api api) {
        threads = Executors.newFixedThreadPool(writers + readers);
        for (int i = 0; i < writers; i++) {
            int writer = i;
            threads.submit(() -> loop(n -> write(api, "Zátěž" + writer, "Klient" + n)));
        }
        UUID card = api.post("/api/clients", Map.of("firstName", "Čtená", "lastName", "Karta",
                "birthDate", "1970-01-01")).createdId();
        Eventually.json(api, "/api/clients/" + card, json -> true);
        for (int i = 0; i < readers; i++) {
            threads.submit(() -> loop(n -> read(api, n % 2 == 0 ? "/api/clients/" + card : "/api/clients?size=5")));
        }
    }

    public static Load start(Api api, int writers, int readers) {
        return new Load(writers, readers, api);
    }

    private void loop(Consumer<Integer> request) {
        for (int n = 0; running.get(); n++) {
            request.accept(n);
        }
    }

    private void write(Api api, String firstName, String lastName) {
        Outcome outcome = send("POST /api/clients", () -> api.post("/api/clients", Map.of("firstName", firstName,
                "lastName", lastName, "birthDate", "1980-02-02")));
        if (outcome.status() == 201) {
            acknowledged.add(UUID.fromString(id(outcome.body())));
        }
    }

    private static String id(String body) {
        try {
            return Api.JSON.readTree(body).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void read(Api api, String path) {
        send("GET " + path, () -> api.get(path));
    }

    private Outcome send(String request, Supplier<Response> call) {
        Instant sent = Instant.now();
        Outcome outcome;
        try {
            Response response = call.get();
            outcome = new Outcome(request, sent, Duration.between(sent, Instant.now()), response.status(),
                    response.header("Content-Type"), response.header("Retry-After"), response.body(), null);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            outcome = new Outcome(request, sent, Duration.between(sent, Instant.now()), 0, null, null, null,
                    cause.toString());
            pause();
        }
        outcomes.add(outcome);
        return outcome;
    }

    /** A refused connection answers at once; without a pause the loop would only spin. */
    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** How many answers of each status came (0: no answer: refused or cut connection). */
    public SortedMap<Integer, Long> statuses() {
        return outcomes.stream().collect(Collectors.groupingBy(Outcome::status,
                TreeMap::new, Collectors.counting()));
    }

    /** Ids of the clients whose registration was answered 201. */
    public List<UUID> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Every answer is a success or a 503 problem with Retry-After, free of SQL and stack traces. */
    public static void assertOnlySuccessOr503(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            if (outcome.status() == 0) {
                continue;
            }
            assertThat(outcome.status() < 300 || outcome.isProblem503())
                    .as("%s answered %s %s %s", outcome.request(), outcome.status(), outcome.contentType(),
                            outcome.body())
                    .isTrue();
            if (outcome.status() == 503) {
                assertThat(outcome.retryAfter()).as("Retry-After of %s", outcome).matches("[1-9][0-9]*");
                assertThat(outcome.body()).contains("\"status\":503").contains("Database unavailable")
                        .doesNotContainIgnoringCase("sql").doesNotContain("Exception").doesNotContain("\tat ");
            }
        }
    }

    /** Stops the load and waits for the requests still under way. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        assertThat(threads.awaitTermination(90, TimeUnit.SECONDS)).as("load stopped").isTrue();
    }
}
