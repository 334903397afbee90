package org.casework.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/** Reads on the large set, one caller at a time, each repeated: latency p50 and p99 per kind of page. */
final class Reads {

    private final Service service;
    private final int repeats;
    private final LocalDate today;

    Reads(Service service, int repeats, LocalDate today) {
        this.service = service;
        this.repeats = repeats;
        this.today = today;
    }

    /** Each entry: what was read, the target it has (null: none), and its latencies. */
    record Measured(String name, String request, Double targetP99Ms, Latencies latencies) {
    }

    /** One user's GET: the API over HTTP Basic ({@link Http}), or the pages in a logged-in session. */
    interface Caller {
        HttpResponse<String> get(String path) throws IOException, InterruptedException;
    }

    /** A read that answered other than 200: never recorded as a latency. */
    static final class NotOk extends IllegalStateException {

        final String path;
        final int status;
        final String location;

        NotOk(String path, int status, String location, String body) {
            super("GET " + path + " answered " + status + (location == null ? "" : " to " + location) + ": "
                    + (body.length() > 500 ? body.substring(0, 500) + "..." : body));
            this.path = path;
            this.status = status;
            this.location = location;
        }
    }

    List<Measured> run() throws Exception {
        List<UUID> clients = sample("select id from client_file order by md5(id::text) limit 500");
        UUID busiest = sample("select client_id from engagement_view order by consultation_count desc limit 1").get(0);
        String worker = Service.worker(1);
        Http coordinator = service.as(Service.COORDINATOR);
        Http ownFiles = service.as(worker);
        String yearAgo = today.minusYears(1).plusDays(1).toString();
        List<Measured> measured = new ArrayList<>();
        measured.add(measure("overview, first page", "GET /api/clients?page=0&size=20 (coordinator)", 50.0,
                coordinator, i -> "/api/clients?page=0&size=20", repeats));
        measured.add(measure("overview, filtered page", "GET /api/clients?status=SERVICE_USER&colour=GREEN&page=2",
                50.0, coordinator, i -> "/api/clients?status=SERVICE_USER&colour=GREEN&page=2&size=20", repeats));
        measured.add(measure("overview, a worker's first page", "GET /api/clients?page=0&size=20 (" + worker + ")",
                50.0, ownFiles, i -> "/api/clients?page=0&size=20", repeats));
        measured.add(measure("overview, name search", "GET /api/clients?q=novak&page=0&size=20", 50.0,
                coordinator, i -> "/api/clients?q=novak&page=0&size=20", repeats));
        measured.add(measure("client card, a different one each call", "GET /api/clients/{id}",
                50.0, coordinator, i -> "/api/clients/" + clients.get(i % clients.size()), repeats));
        measured.add(measure("chronology page of a client", "GET /api/chronology?client={id}&size=50", 50.0,
                coordinator, i -> "/api/chronology?client=" + clients.get(i % clients.size()) + "&page=0&size=50",
                repeats));
        measured.add(measure("chronology page of the busiest file",
                "GET /api/chronology?client={busiest}&page=0..19&size=50", 50.0, coordinator,
                i -> "/api/chronology?client=" + busiest + "&page=" + (i % 20) + "&size=50", repeats));
        measured.add(measure("chronology, everyone's first page", "GET /api/chronology?page=0&size=50", 50.0,
                coordinator, i -> "/api/chronology?page=0&size=50", repeats));
        measured.add(measure("discrepancies, first page", "GET /api/discrepancies?page=0&size=50", 50.0,
                coordinator, i -> "/api/discrepancies?page=0&size=50", repeats));
        measured.add(measure("discrepancies, a worker's", "GET /api/discrepancies?page=0&size=50 (" + worker + ")",
                50.0, ownFiles, i -> "/api/discrepancies?page=0&size=50", repeats));
        measured.add(measure("status statistics, one year", "GET /api/statistics/statuses?from=&to=", 200.0,
                coordinator, i -> "/api/statistics/statuses?from=" + yearAgo + "&to=" + today, Math.max(5, repeats / 10)));
        measured.add(measure("indicators, one year", "GET /api/statistics/indicators?from=&to=", 200.0,
                coordinator, i -> "/api/statistics/indicators?from=" + yearAgo + "&to=" + today,
                Math.max(5, repeats / 10)));
        return measured;
    }

    /** {@code times} calls after a tenth as many (at least 2) unmeasured ones; a non-200 answer stops it. */
    static Measured measure(String name, String request, Double target, Caller http, IntFunction<String> path,
                            int times) throws Exception {
        int warmUp = Math.max(2, times / 10);
        for (int i = 0; i < warmUp; i++) {
            check(http.get(path.apply(i)), path.apply(i));
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < times; i++) {
            String at = path.apply(i);
            long started = System.nanoTime();
            HttpResponse<String> response = http.get(at);
            latencies.record(System.nanoTime() - started);
            check(response, at);
        }
        System.out.printf("  %-40s p50 %8.2f ms  p99 %8.2f ms%n", name, latencies.percentileMillis(50),
                latencies.percentileMillis(99));
        return new Measured(name, request, target, latencies);
    }

    private static void check(HttpResponse<String> response, String path) {
        if (response.statusCode() != 200) {
            throw new NotOk(path, response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        }
    }

    private List<UUID> sample(String sql) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = service.database(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                ids.add(result.getObject(1, UUID.class));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No data for: " + sql);
        }
        return ids;
    }

    static Map<String, Object> summary(Measured measured) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", measured.name());
        summary.put("request", measured.request());
        summary.put("targetP99Ms", measured.targetP99Ms());
        summary.putAll(measured.latencies().summary());
        return summary;
    }
}
