package org.casework.api.backup;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.ReadModelsCaughtUp;
import org.casework.api.support.RichFile;
import org.casework.api.support.ServiceWithMovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The backup and restore commands against a service of its own: a restore brings back the backed-up state, and an
 * erasure done after the backup stays effective when the key archive is newer than the data archive.
 */
class BackupRestoreTest {

    @TempDir
    Path directory;

    private record Outcome(int status, String out, String err) {
    }

    private Outcome command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--casework.embedded-postgres.data-directory=" + directory.resolve("postgres"));
        int status = BackupCommandLine.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private ConfigurableApplicationContext startService() {
        return ServiceWithMovableClock.start(directory.resolve("postgres"));
    }

    private Path newest(String kind) throws Exception {
        try (Stream<Path> files = Files.list(directory.resolve(kind))) {
            return files.filter(file -> !file.toString().endsWith(".part")).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    @Test
    void aRestoreBringsBackTheBackedUpStateAndAnErasureAfterTheBackupStays() throws Exception {
        String key = "--backup-key=" + directory.resolve("backup.key");
        String wrongKey = "--backup-key=" + directory.resolve("other.key");
        String dirs = "--data-dir=" + directory.resolve("data");
        String keyDir = "--keys-dir=" + directory.resolve("keys");
        assertThat(command("backup-key", key.replace("--backup-key", "--out")).status()).isZero();
        assertThat(command("backup-key", wrongKey.replace("--backup-key", "--out")).status()).isZero();
        LocalDate today = LocalDate.now(ServiceWithMovableClock.PRAGUE);
        ServiceWithMovableClock.CLOCK.moveTo(today);

        RichFile erased;
        UUID kept;
        UUID engagement;
        UUID addedLater;
        Path keysBeforeKept;
        Path data;
        Path keysAfterErasure;
        try (ConfigurableApplicationContext service = startService()) {
            Api alice = ServiceWithMovableClock.api(service, "alice");
            Api adam = ServiceWithMovableClock.api(service, "adam");
            RichFile.manualModeWithSharing(adam);
            erased = RichFile.create(alice, "Bohdana", "Zálohová", "1990-07-22", "905722/1008", today);
            assertThat(command("backup", "--keys-only", key, keyDir).status()).isZero();
            keysBeforeKept = newest("keys");
            kept = alice.post("/api/clients", Map.of("firstName", "Cyril", "lastName", "Trvalý",
                    "birthDate", "1970-01-01")).createdId();
            engagement = alice.post("/api/clients/" + kept + "/engagements",
                    Map.of("title", "Zůstává", "openedOn", today.minusDays(3).toString())).createdId();
            alice.post("/api/engagements/" + engagement + "/consultations", Map.of("date",
                    today.minusDays(2).toString(), "kind", "PHONE", "durationMinutes", 15, "place", "IN_OFFICE"))
                    .expect(201);
            ReadModelsCaughtUp.await(adam);

            Outcome backup = command("backup", key, dirs, keyDir);
            assertThat(backup.status()).as(backup.err()).isZero();
            assertThat(backup.out()).contains("embedded PostgreSQL of the running service");
            data = newest("data");
            assertThat(Files.getPosixFilePermissions(data)).as("the data archive holds names in clear")
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));

            addedLater = alice.post("/api/clients", Map.of("firstName", "Pozdní", "lastName", "Přírůstek",
                    "birthDate", "1980-01-01")).createdId();
            alice.post("/api/engagements/" + engagement + "/consultations", Map.of("date",
                    today.minusDays(1).toString(), "kind", "EMAIL", "durationMinutes", 5, "place", "IN_OFFICE"))
                    .expect(201);
            adam.post("/api/admin/clients/" + erased.clientId() + "/erasure",
                    Map.of("reason", "GDPR request 21/2026")).expect(200);
            ReadModelsCaughtUp.await(adam);
            assertThat(command("backup", "--keys-only", key, keyDir).status()).isZero();
            keysAfterErasure = newest("keys");

            Outcome whileRunning = command("restore", "--data=" + data, "--keys=" + keysAfterErasure, key,
                    "--replace");
            assertThat(whileRunning.status()).isEqualTo(1);
            assertThat(whileRunning.err()).contains("the database is in use", "stop every service node");
        }

        Outcome olderKeys = command("restore", "--data=" + data, "--keys=" + keysBeforeKept, key, "--replace");
        assertThat(olderKeys.status()).isEqualTo(1);
        assertThat(olderKeys.err()).contains("lacks the keys of 1 files of the data archive");
        Outcome otherKey = command("restore", "--data=" + data, "--keys=" + keysAfterErasure, wrongKey, "--replace");
        assertThat(otherKey.status()).isEqualTo(1);
        assertThat(otherKey.err()).contains("does not decrypt with the backup key");
        Outcome notEmpty = command("restore", "--data=" + data, "--keys=" + keysAfterErasure, key);
        assertThat(notEmpty.status()).isEqualTo(1);
        assertThat(notEmpty.err()).contains("the database is not empty", "--replace");

        Outcome restore = command("restore", "--data=" + data, "--keys=" + keysAfterErasure, key, "--replace");
        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("1 files erased after the data archive stay erased");

        try (ConfigurableApplicationContext service = startService()) {
            Api alice = ServiceWithMovableClock.api(service, "alice");
            Api adam = ServiceWithMovableClock.api(service, "adam");
            Api audrey = ServiceWithMovableClock.api(service, "audrey");
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            alice.get("/api/clients/" + addedLater).expectProblem(404);
            JsonNode card = alice.get("/api/clients/" + kept).expect(200).json();
            assertThat(card.get("lastName").asText()).isEqualTo("Trvalý");
            assertThat(card.get("lastContactOn").asText()).isEqualTo(today.minusDays(2).toString());

            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from restored_erasure", Long.class) == 0);
            ReadModelsCaughtUp.await(adam);
            JsonNode gone = alice.get("/api/clients/" + erased.clientId()).expect(200).json();
            assertThat(gone.get("name").asText()).isEqualTo("[erased]");
            assertThat(gone.get("birthNumber").asText()).isEqualTo("[erased]");
            assertThat(search(alice, "Zálohová")).isZero();
            assertThat(search(alice, "Trvalý")).isEqualTo(1);
            assertThat(scan(jdbc, erased)).as("tables still holding the erased person").isEmpty();
            JsonNode history = audrey.get("/api/audit/clients/" + erased.clientId() + "/events?size=200")
                    .expect(200).json();
            JsonNode last = history.get("items").get(history.get("items").size() - 1);
            assertThat(last.get("type").asText()).isEqualTo("ClientErased");
            assertThat(last.get("actor").asText()).isEqualTo("system:restore");
            assertThat(last.at("/payload/reason").asText()).isEqualTo("GDPR request 21/2026");

            alice.post("/api/engagements/" + engagement + "/consultations", Map.of("date", today.toString(),
                    "kind", "MEETING", "durationMinutes", 30, "place", "IN_OFFICE")).expect(201);
            UUID newClient = alice.post("/api/clients", Map.of("firstName", "Nová", "lastName", "Poobnovená",
                    "birthDate", "1985-01-01")).createdId();
            ReadModelsCaughtUp.await(adam);
            assertThat(alice.get("/api/chronology?count=true&engagement=" + engagement).expect(200).json()
                    .get("total").asInt()).as("the backed-up consultation and the new one").isEqualTo(2);
            assertThat(alice.get("/api/clients/" + newClient).expect(200).json().get("lastName").asText())
                    .isEqualTo("Poobnovená");
        }
    }

    private static int search(Api api, String text) {
        return api.get("/api/clients?count=true&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).expect(200)
                .json().get("total").asInt();
    }

    /** The tables (text as text, bytes as bytes) holding the person's name or birth number. */
    private static List<String> scan(JdbcTemplate jdbc, RichFile person) {
        List<String> needles = List.of(person.firstName(), person.lastName(), person.birthNumber(),
                person.birthNumber().replace("/", ""));
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("select table_name, column_name, data_type"
                + " from information_schema.columns where table_schema = 'public'")) {
            String name = '"' + (String) column.get("column_name") + '"';
            String match = "bytea".equals(column.get("data_type")) ? "position(convert_to(?, 'UTF8') in " + name
                    + ") > 0" : "strpos(" + name + "::text, ?) > 0";
            for (String needle : needles) {
                Long rows = jdbc.queryForObject("select count(*) from " + column.get("table_name") + " where "
                        + match, Long.class, needle);
                if (rows != null && rows > 0) {
                    found.add(column.get("table_name") + "." + column.get("column_name") + " has " + needle);
                }
            }
        }
        return found;
    }
}
