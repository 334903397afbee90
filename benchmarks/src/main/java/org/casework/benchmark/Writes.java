package org.casework.benchmark;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Recording consultations through the API at a given concurrency, each caller a worker writing into an open
 * engagement of their own, and in the same run the floor: as many rows of the same size inserted one per
 * transaction by plain JDBC, at the same concurrency, into a copy of the event table (same columns, keys and
 * indexes) in the same PostgreSQL.
 */
final class Writes {

    private static final Duration WARM_UP = Duration.ofSeconds(3);

    private final Service service;
    private final Duration duration;
    private final LocalDate today;
    private final List<String[]> engagements;

    Writes(Service service, Duration duration, LocalDate today, int maxConcurrency) throws SQLException {
        this.service = service;
        this.duration = duration;
        this.today = today;
        this.engagements = openEngagements(maxConcurrency);
    }

    record Level(int concurrency, String passwords, Latencies api, double apiPerSecond, Latencies floor,
                 double floorPerSecond, Lag.Result lag) {

        double ratio() {
            return floorPerSecond == 0 ? 0 : Latencies.round(apiPerSecond / floorPerSecond);
        }

        Map<String, Object> summary() {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("concurrency", concurrency);
            summary.put("passwords", passwords);
            summary.put("api", with(api.summary(), "perSecond", apiPerSecond));
            summary.put("floor", with(floor.summary(), "perSecond", floorPerSecond));
            summary.put("ratio", ratio());
            if (lag != null) {
                summary.put("readModelLag", lag.summary());
            }
            return summary;
        }

        private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
            map.put(key, value);
            return map;
        }
    }

    /**
     * The same level with the callers' passwords stored as bcrypt hashes (set through the admin API, as a real
     * deployment stores them); afterwards they are stored as {@code {noop}} again, as the other levels and the
     * next run on this data directory expect.
     */
    Level runWithBcryptPasswords(int concurrency) throws Exception {
        Http admin = service.as(Service.ADMIN);
        Set<String> workers = new LinkedHashSet<>();
        engagements.subList(0, concurrency).forEach(engagement -> workers.add(engagement[1]));
        try {
            for (String worker : workers) {
                HttpResponse<String> reset = admin.put("/api/admin/users/" + worker + "/password",
                        Map.of("password", Service.PASSWORD));
                if (reset.statusCode() != 204) {
                    throw new IllegalStateException("Password of " + worker + " not reset: " + reset.statusCode()
                            + " " + reset.body());
                }
            }
            return run(concurrency, false, "bcrypt");
        } finally {
            service.storePlainPasswords();
        }
    }

    Level run(int concurrency, boolean sampleLag) throws Exception {
        return run(concurrency, sampleLag, "noop");
    }

    private Level run(int concurrency, boolean sampleLag, String passwords) throws Exception {
        Lag lag = sampleLag ? Lag.start(new ReadModels(service)) : null;
        Latencies api = new Latencies();
        double apiSeconds = api(concurrency, api);
        Lag.Result lagResult = lag == null ? null : lag.stopAndAwaitCatchUp();
        Latencies floor = new Latencies();
        double floorSeconds = floor(concurrency, (int) api.count(), floor);
        Level level = new Level(concurrency, passwords, api, Latencies.round(api.count() / apiSeconds), floor,
                Latencies.round(floor.count() / floorSeconds), lagResult);
        System.out.printf("  %2d callers%s: API %8.1f/s p50 %6.2f p99 %7.2f ms | floor %8.1f/s p50 %6.2f p99 %7.2f ms"
                        + " | ratio %.2f%n", concurrency, passwords.equals("bcrypt") ? " (bcrypt)" : "",
                level.apiPerSecond(), api.percentileMillis(50),
                api.percentileMillis(99), level.floorPerSecond(), floor.percentileMillis(50),
                floor.percentileMillis(99), level.ratio());
        return level;
    }

    /** Answers the measured seconds (after the warm-up). */
    private double api(int concurrency, Latencies total) throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + WARM_UP.toNanos();
        long end = measureFrom + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        List<Future<Latencies>> callers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            String[] engagement = engagements.get(i);
            Http http = service.as(engagement[1]);
            String path = "/api/engagements/" + engagement[0] + "/consultations";
            callers.add(threads.submit(() -> {
                Latencies latencies = new Latencies();
                Map<String, Object> body = Map.of("date", today.toString(), "kind", "PHONE",
                        "durationMinutes", 15, "place", "IN_OFFICE",
                        "record", "Telefonicky domluven další termín (benchmark).");
                long now;
                while ((now = System.nanoTime()) < end) {
                    HttpResponse<String> response = http.post(path, body);
                    if (now >= measureFrom) {
                        if (response.statusCode() == 201) {
                            latencies.record(System.nanoTime() - now);
                        } else {
                            latencies.error();
                        }
                    }
                }
                return latencies;
            }));
        }
        for (Future<Latencies> caller : callers) {
            total.add(caller.get());
        }
        threads.shutdown();
        return (System.nanoTime() - measureFrom) / 1e9;
    }

    private double floor(int concurrency, int rows, Latencies total) throws Exception {
        byte[][] event = consultationEvent();
        try (Connection connection = service.database(); Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists benchmark");
            statement.execute("drop table if exists benchmark.floor");
            statement.execute("create table benchmark.floor (like public.domain_event_entry including all)");
        }
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        List<Future<Latencies>> inserters = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            int share = rows / concurrency + (i < rows % concurrency ? 1 : 0);
            inserters.add(threads.submit(() -> insert(share, event, total)));
        }
        for (Future<Latencies> inserter : inserters) {
            inserter.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        threads.shutdown();
        try (Connection connection = service.database(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema benchmark cascade");
        }
        return seconds;
    }

    private Latencies insert(int rows, byte[][] event, Latencies total) throws SQLException {
        String aggregate = UUID.randomUUID().toString();
        try (Connection connection = service.database(); PreparedStatement insert = connection.prepareStatement("""
                insert into benchmark.floor (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                values (?, ?, ?, 'Engagement', ?, 'org.casework.domain.engagement.ConsultationRecorded', '2', ?, ?)
                """)) {
            connection.setAutoCommit(true);
            for (int i = 0; i < rows; i++) {
                long started = System.nanoTime();
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, aggregate);
                insert.setLong(3, i);
                insert.setString(4, Instant.now().toString());
                insert.setBytes(5, event[0]);
                insert.setBytes(6, event[1]);
                insert.executeUpdate();
                total.record(System.nanoTime() - started);
            }
        }
        return total;
    }

    /** A stored consultation's payload and metadata, so the floor writes rows of the real size. */
    private byte[][] consultationEvent() throws SQLException {
        try (Connection connection = service.database(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     select payload, meta_data from domain_event_entry
                     where payload_type = 'org.casework.domain.engagement.ConsultationRecorded'
                     order by global_index desc limit 1""")) {
            result.next();
            return new byte[][] {result.getBytes(1), result.getBytes(2)};
        }
    }

    /** Open engagements of the benchmark's workers, each with its worker: one per caller. */
    private List<String[]> openEngagements(int count) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (Connection connection = service.database(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     select e.id, c.responsible_worker from engagement_view e join client_file c on c.id = e.client_id
                     where e.closed_on is null and c.responsible_worker like 'bench-w%%'
                     order by md5(e.id::text) limit %d""".formatted(count))) {
            while (result.next()) {
                found.add(new String[] {result.getString(1), result.getString(2)});
            }
        }
        if (found.size() < count) {
            throw new IllegalStateException("Only " + found.size() + " open engagements of the benchmark's workers");
        }
        return found;
    }
}
