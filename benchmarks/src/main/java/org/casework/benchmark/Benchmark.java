package org.casework.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark run (README, "Benchmarks"): starts the built service on its own data directory, which the first
 * run fills with the demo set of {@code --clients} clients through the command side; waits for the read models and
 * deadlines to settle; measures reads of the API and of the web application's pages, writes with the JDBC floor
 * and the read-model lag, and a full replay with the plain-read floor; writes the JSON report and the latest-run
 * part of docs/benchmarks.md.
 */
public final class Benchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/Prague");
    private static final int[] CONCURRENCY = {1, 16, 64};
    /** The level also run with the callers' passwords stored as bcrypt hashes (issue 19's target level). */
    private static final int BCRYPT_CONCURRENCY = 16;
    private static final List<String> PHASES = List.of("reads", "pages", "writes", "replay");
    private static final Pattern LOADED = Pattern.compile("Demo data loaded: .*");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int clients = Integer.parseInt(options.getOrDefault("clients", "100000"));
        Path data = Path.of(options.getOrDefault("data", "benchmarks/data/" + clients + "-clients")).toAbsolutePath();
        Path jar = Path.of(options.getOrDefault("jar", "api-gateway/target/casework.jar")).toAbsolutePath();
        Path reportDirectory = Path.of(options.getOrDefault("report-dir", "docs/benchmarks"));
        Path markdown = Path.of(options.getOrDefault("markdown", "docs/benchmarks.md"));
        Duration writeFor = Duration.ofSeconds(Long.parseLong(options.getOrDefault("write-seconds", "30")));
        int repeats = Integer.parseInt(options.getOrDefault("read-repeats", "200"));
        Set<String> phases = phases(options);
        Set<String> pageList = options.containsKey("page-list")
                ? new LinkedHashSet<>(List.of(options.get("page-list").split(","))) : Set.of();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing; build it first (mvn -DskipTests package)");
        }

        boolean generate = !Files.exists(data);
        Map<String, Object> report = new LinkedHashMap<>();
        ZonedDateTime now = ZonedDateTime.now(ZONE);
        report.put("date", now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        report.put("commit", Machine.commit());
        Path log = Path.of("benchmarks/target/service.log").toAbsolutePath();
        System.out.printf("Starting the service on %s (%s); log: %s%n", data,
                generate ? "new: generating " + clients + " clients" : "existing data", log);
        long started = System.nanoTime();
        try (Service service = Service.start(jar, data, clients, options.getOrDefault("heap", "6g"), log)) {
            service.awaitReady(Duration.ofHours(4));
            service.storePlainPasswords();
            double readySeconds = (System.nanoTime() - started) / 1e9;
            ReadModels readModels = new ReadModels(service);
            // --settle=read-models measures once the read models are quiet, while the policies may still be
            // catching up after a bulk load (a heavier machine than a settled one); the report says how far behind
            boolean readModelsOnly = "read-models".equals(options.getOrDefault("settle", "all"));
            double quietSeconds = readModels.awaitQuiet(Duration.ofHours(4), readModelsOnly);
            List<String> behindAtStart = readModels.behind();
            report.put("machine", Machine.describe(postgresVersion(service)));
            report.put("dataSet", dataSet(service, generate, readySeconds, quietSeconds, log));
            System.out.println("Data set: " + report.get("dataSet"));

            LocalDate today = LocalDate.now(ZONE);
            List<Map<String, Object>> reads = new ArrayList<>();
            if (phases.contains("reads")) {
                System.out.println("Reads:");
                for (Reads.Measured measured : new Reads(service, repeats, today).run()) {
                    reads.add(Reads.summary(measured));
                }
            }
            report.put("reads", reads);

            List<Map<String, Object>> pages = new ArrayList<>();
            if (phases.contains("pages")) {
                System.out.println("Pages:");
                for (Reads.Measured measured : new PageReads(service, repeats, pageList).run()) {
                    pages.add(Reads.summary(measured));
                }
            }
            report.put("pages", pages);

            List<Map<String, Object>> levels = new ArrayList<>();
            if (phases.contains("writes")) {
                System.out.println("Writes:");
                Writes writes = new Writes(service, writeFor, today, CONCURRENCY[CONCURRENCY.length - 1]);
                for (int concurrency : CONCURRENCY) {
                    levels.add(writes.run(concurrency, concurrency == CONCURRENCY[CONCURRENCY.length - 1])
                            .summary());
                }
                levels.add(writes.runWithBcryptPasswords(BCRYPT_CONCURRENCY).summary());
            }
            report.put("writes", levels);

            if (phases.contains("replay")) {
                readModels.awaitQuiet(Duration.ofHours(1));
                System.out.println("Replay:");
                report.put("replay", new Replay(service).run());
            }
            report.put("metrics", metrics(service));
            if (!behindAtStart.isEmpty()) {
                ((Map<String, Object>) report.get("dataSet")).put("unsettled", "Measured with processors still "
                        + "catching up (--settle=read-models): at the start " + String.join(", ", behindAtStart)
                        + "; at the end " + String.join(", ", readModels.behind()) + ".");
            }
        }
        String name = now.toLocalDate() + "-" + report.get("commit") + "-" + clients + ".json";
        Report.writeJson(reportDirectory.resolve(name), report);
        Report.writeMarkdown(markdown, report, reportDirectory.resolve(name).toString());
        System.out.println("Report: " + reportDirectory.resolve(name) + "; summary in " + markdown);
    }

    private static Map<String, Object> dataSet(Service service, boolean generated, double readySeconds,
                                               double quietSeconds, Path log) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("clients", service.number("select count(*) from client_file"));
        data.put("families", service.number("select count(*) from family_file"));
        data.put("engagements", service.number("select count(*) from engagement_view"));
        data.put("consultations", service.number("select coalesce(sum(consultation_count), 0) from engagement_view"));
        data.put("events", service.number("select count(*) from domain_event_entry"));
        if (generated) {
            Matcher loaded = LOADED.matcher(Files.readString(log));
            data.put("generation", String.format(Locale.ROOT,
                    "Generated by this run through the command side: ready after %.0f s (%s); read models and "
                            + "overdue deadlines settled %.0f s later.",
                    readySeconds, loaded.find() ? loaded.group() : "no load line", quietSeconds));
        } else {
            data.put("generation", "Reused from an earlier run; its generation is not timed here.");
        }
        return data;
    }

    private static String postgresVersion(Service service) throws SQLException {
        try (Connection connection = service.database(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show server_version")) {
            result.next();
            return "PostgreSQL " + result.getString(1);
        }
    }

    /** The service's own meters after the run, as /actuator/prometheus shows them. */
    private static List<String> metrics(Service service) throws Exception {
        String body = service.as(Service.ADMIN).get("/actuator/prometheus").body();
        return body.lines().filter(line -> line.startsWith("casework_") || line.startsWith("commandBus_allTimer_seconds_max")
                || line.startsWith("commandBus_allTimer_seconds_count") || line.startsWith("commandBus_allTimer_seconds_sum"))
                .toList();
    }

    /**
     * The phases to run, in this order: {@code --only=pages,reads} names some (only the rebuild, as
     * {@code --only-replay}, leaves the set as it is: the writes grow it); {@code --skip-replay} and
     * {@code --pages=false} drop one.
     */
    private static Set<String> phases(Map<String, String> options) {
        Set<String> phases = new LinkedHashSet<>(PHASES);
        if (options.containsKey("only")) {
            Set<String> only = new LinkedHashSet<>(List.of(options.get("only").split(",")));
            if (!PHASES.containsAll(only)) {
                throw new IllegalArgumentException("--only takes some of " + PHASES + ": " + options.get("only"));
            }
            phases.retainAll(only);
        } else if (options.containsKey("only-replay")) {
            phases.retainAll(Set.of("replay"));
        }
        if (options.containsKey("skip-replay")) {
            phases.remove("replay");
        }
        if ("false".equals(options.get("pages"))) {
            phases.remove("pages");
        }
        return phases;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Options look like --name=value: " + arg);
            }
            int equals = arg.indexOf('=');
            options.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals),
                    equals < 0 ? "" : arg.substring(equals + 1));
        }
        return options;
    }
}
