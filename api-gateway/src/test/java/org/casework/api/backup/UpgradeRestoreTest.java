package org.casework.api.backup;

import org.casework.api.database.EmbeddedDatabase;
import org.casework.api.database.EmbeddedPostgresProperties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** An archive of an older release restores into this one: its schema version first, then the later migrations. */
class UpgradeRestoreTest {

    @TempDir
    Path directory;

    private int command(Path database, String... args) {
        String[] all = Stream.concat(Stream.of(args),
                Stream.of("--casework.embedded-postgres.data-directory=" + database)).toArray(String[]::new);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BackupCommandLine.run(all, new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return status;
    }

    private static EmbeddedDatabase start(Path database) throws Exception {
        return EmbeddedDatabase.start(new EmbeddedPostgresProperties(database, 0, null, false, null, null));
    }

    @Test
    void anArchiveOfVersion18RestoresAndIsMigratedToThisRelease() throws Exception {
        Path old = directory.resolve("old");
        try (EmbeddedDatabase database = start(old)) {
            Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").target("18")
                    .load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
            jdbc.update("insert into personal_data_key (subject_id, keyset, created_at, erased_at) values"
                    + " ('00000000-0000-0000-0000-000000000001', '\\x0102'::bytea, now(), null)");
            jdbc.update("insert into read_access (read_at, reader, file_kind, file_id, endpoint) values"
                    + " (now(), 'alice', 'CLIENT', '00000000-0000-0000-0000-000000000001', '/api/clients/1')");
        }
        Path key = directory.resolve("backup.key");
        command(old, "backup-key", "--out=" + key);
        command(old, "backup", "--backup-key=" + key, "--data-dir=" + directory.resolve("data"),
                "--keys-dir=" + directory.resolve("keys"));
        Path restored = directory.resolve("restored");
        command(restored, "restore", "--data=" + only(directory.resolve("data")),
                "--keys=" + only(directory.resolve("keys")), "--backup-key=" + key);

        try (EmbeddedDatabase database = start(restored)) {
            JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
            int thisRelease = Arrays.stream(Flyway.configure().dataSource(database.dataSource())
                            .locations("classpath:db/migration").load().info().all())
                    .mapToInt(migration -> Integer.parseInt(migration.getVersion().getVersion())).max().orElseThrow();
            assertThat(thisRelease).isGreaterThan(20);
            assertThat(jdbc.queryForObject("select max(version::int) from flyway_schema_history", Integer.class))
                    .isEqualTo(thisRelease);
            assertThat(jdbc.queryForList("select subject_id::text as id, encode(keyset, 'hex') as keyset"
                    + " from personal_data_key")).containsExactly(Map.of(
                    "id", "00000000-0000-0000-0000-000000000001", "keyset", "0102"));
            assertThat(jdbc.queryForObject("select count(*) from personal_data_key where erasure_reason is null",
                    Integer.class)).as("the column of version 20, empty").isEqualTo(1);
            assertThat(jdbc.queryForObject("select reader from read_access", String.class)).isEqualTo("alice");
            assertThat(jdbc.queryForObject("select nextval('read_access_id_seq')", Long.class))
                    .as("the identity goes on after the restored row").isEqualTo(2);
        }
    }

    private static Path only(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}
