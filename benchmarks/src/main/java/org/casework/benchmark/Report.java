package org.casework.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The run as JSON, and as the "latest run" part of docs/benchmarks.md (between its two markers). */
final class Report {

    static final String START = "<!-- latest-run:start -->";
    static final String END = "<!-- latest-run:end -->";

    private Report() {
    }

    static void writeJson(Path file, Map<String, Object> report) throws IOException {
        Files.createDirectories(file.getParent());
        Http.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
    }

    /** Replaces what is between the markers of {@code markdown}, or appends the markers and the run. */
    static void writeMarkdown(Path markdown, Map<String, Object> report, String jsonName) throws IOException {
        String run = START + "\n" + markdown(report, jsonName) + END;
        String text = Files.exists(markdown) ? Files.readString(markdown) : "# Benchmarks\n\n";
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        text = start >= 0 && end > start
                ? text.substring(0, start) + run + text.substring(end + END.length())
                : text + "\n" + run + "\n";
        Files.writeString(markdown, text);
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> report, String jsonName) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) report.get("machine");
        Map<String, Object> data = (Map<String, Object>) report.get("dataSet");
        md.append(format("Measured on %s at commit `%s` (report: `%s`).%n%n", report.get("date"), report.get("commit"),
                jsonName));
        md.append(format("Machine: %s cores (%s), %s GiB, %s, kernel %s; %s; %s.%n%n", machine.get("cores"),
                machine.get("cpu"), machine.get("memoryGiB"), machine.get("os"), machine.get("kernel"),
                machine.get("java"), machine.get("postgresql")));
        md.append(format("Data set: %,d clients, %,d consultations, %,d events. %s%n", data.get("clients"),
                data.get("consultations"), data.get("events"), data.get("generation")));
        if (data.get("unsettled") != null) {
            md.append(format("%n%s%n", data.get("unsettled")));
        }

        List<Map<String, Object>> writes = (List<Map<String, Object>>) report.get("writes");
        if (!writes.isEmpty()) {
            writes(md, writes);
        }
        Map<String, Object> replay = (Map<String, Object>) report.get("replay");
        if (replay != null) {
            replay(md, replay);
        }
        List<Map<String, Object>> reads = (List<Map<String, Object>>) report.get("reads");
        if (!reads.isEmpty()) {
            md.append("\n**Reads** on this set, one caller, repeated (coordinator unless a worker is named):\n\n");
            reads(md, "read", reads);
        }
        List<Map<String, Object>> pages = (List<Map<String, Object>>) report.getOrDefault("pages", List.of());
        if (!pages.isEmpty()) {
            md.append("\n**Pages** of the web application on this set, as a browser asks for them (logged in by the "
                    + "form, session cookie, Czech), one caller, repeated like the reads; `{id}` is a different "
                    + "file each call unless the busiest is named. Target (issue 22): every page p99 < 100 ms.\n\n");
            reads(md, "page", pages);
        }
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static void writes(StringBuilder md, List<Map<String, Object>> writes) {
        md.append("\n**Writes**: recording one consultation per request through the HTTP API, against the floor ")
                .append("(the same number of event-sized rows inserted one per transaction by plain JDBC, same ")
                .append("concurrency, same PostgreSQL). Target (issue 19): ratio ≥ 0.25 at 16 callers with p99 < 50 ms, ≥ 0.2 ")
                .append("with the passwords stored as bcrypt hashes.\n\n");
        md.append("| callers | API requests/s | API p50 | API p99 | floor rows/s | floor p50 | floor p99 | ratio |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, Object> lag = null;
        for (Map<String, Object> level : writes) {
            Map<String, Object> api = (Map<String, Object>) level.get("api");
            Map<String, Object> floor = (Map<String, Object>) level.get("floor");
            md.append(format("| %s | %.1f | %.1f ms | %.1f ms | %.1f | %.2f ms | %.2f ms | %.2f |%n",
                    "bcrypt".equals(level.get("passwords")) ? level.get("concurrency") + ", bcrypt passwords"
                            : level.get("concurrency"), api.get("perSecond"), api.get("p50Ms"), api.get("p99Ms"),
                    floor.get("perSecond"), floor.get("p50Ms"), floor.get("p99Ms"), level.get("ratio")));
            if (level.containsKey("readModelLag")) {
                lag = (Map<String, Object>) level.get("readModelLag");
            }
        }
        if (lag != null) {
            md.append(format("%n**Read-model lag** under the 64-caller load (slowest read model, sampled every "
                            + "250 ms): p50 %s s, p99 %s s, max %s s behind (at most %s events); all caught up "
                            + "%s s after the load stopped.%n", lag.get("secondsBehindP50"),
                    lag.get("secondsBehindP99"), lag.get("secondsBehindMax"), lag.get("eventsBehindMax"),
                    lag.get("catchUpAfterLoadSeconds")));
        }
    }

    @SuppressWarnings("unchecked")
    private static void replay(StringBuilder md, Map<String, Object> replay) {
        Map<String, Object> floor = (Map<String, Object>) replay.get("floor");
        md.append(format("%n**Rebuild** of every read model (%s) in one pass: %,d events into %,d rows in %s s "
                        + "until every read model had caught up again (%s s until the tables were swapped in), "
                        + "**%,.0f events/s** (target ≥ 50,000); reading alone %,.0f events/s. Floor, a plain "
                        + "ordered read of the event table: %s s, %,.0f events/s; ratio %s (target ≥ 0.5). "
                        + "Seconds per phase: %s. Heap in use: %s MB before, at most %s MB during the rebuild "
                        + "(sampled every 50 ms).%n",
                String.join(", ", (List<String>) replay.get("readModels")), replay.get("events"),
                replay.get("rows"), replay.get("seconds"), replay.get("secondsUntilSwapped"),
                replay.get("eventsPerSecond"), replay.get("readingEventsPerSecond"), floor.get("seconds"),
                floor.get("eventsPerSecond"), replay.get("ratio"),
                ((Map<String, Object>) replay.get("secondsPerPhase")).entrySet().stream()
                        .map(entry -> entry.getKey() + " " + entry.getValue())
                        .collect(Collectors.joining(", ")), replay.get("heapUsedBeforeMegabytes"),
                replay.get("heapUsedMaxMegabytes")));
    }

    private static void reads(StringBuilder md, String what, List<Map<String, Object>> reads) {
        md.append("| " + what + " | request | calls | p50 | p99 | max | target p99 |\n");
        md.append("|---|---|---:|---:|---:|---:|---|\n");
        for (Map<String, Object> read : reads) {
            Object target = read.get("targetP99Ms");
            String verdict = target == null ? "none"
                    : format("< %.0f ms: %s", target,
                    (double) read.get("p99Ms") < (double) target ? "met" : "**not met**");
            md.append(format("| %s | `%s` | %s | %.1f ms | %.1f ms | %.1f ms | %s |%n", read.get("name"),
                    read.get("request"), read.get("calls"), read.get("p50Ms"), read.get("p99Ms"), read.get("maxMs"),
                    verdict));
        }
    }

    private static String format(String format, Object... arguments) {
        return String.format(Locale.ROOT, format, arguments);
    }
}
