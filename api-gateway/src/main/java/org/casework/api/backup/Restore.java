package org.casework.api.backup;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code casework restore}: a data archive and a key archive into an empty database (or, with {@code --replace}, over
 * the existing one), with no service node connected. The schema is built by Flyway up to the data archive's version,
 * the rows are copied back, then the release's later migrations run. Erasures survive whichever archive holds them:
 * one in the data archive destroys the key archive's key again; one in the key archive alone is recorded by the
 * service at its next start ({@code restored_erasure}).
 */
final class Restore {

    static final String CLIENT_ERASED = "org.casework.domain.client.ClientErased";

    record Options(Path dataArchive, Path keyArchive, Path backupKey, boolean replace, boolean acceptMissingKeys) {
    }

    /** How many rows came back, and what became of erasures. */
    record Result(long rows, int erasuresOfTheDataKept, int erasuresToRecord, int filesWithoutKey) {
    }

    private Restore() {
    }

    static Result run(ToolDatabase database, Options options, PrintStream out) throws IOException, SQLException {
        if (options.dataArchive() == null || options.keyArchive() == null) {
            throw new BackupException("a restore needs both archives: --data=FILE --keys=FILE");
        }
        try (Archives.Source data = Archives.open(options.dataArchive());
             Archives.Source keys = decrypted(options.keyArchive(), BackupKey.read(options.backupKey()))) {
            Manifest dataManifest = data.manifest();
            Manifest keysManifest = keys.manifest();
            if (dataManifest.kind() != Manifest.Kind.DATA || keysManifest.kind() != Manifest.Kind.KEYS) {
                throw new BackupException("--data must name a data archive and --keys a key archive");
            }
            int withoutKey = checkKeys(dataManifest, keys, options.acceptMissingKeys());
            try (Connection connection = database.connect()) {
                refuseWhileOthersAreConnected(connection);
                prepareSchema(database, connection, dataManifest.schemaVersion(), options.replace(), out);
                long rows = copyBack(connection, dataManifest, data, keys);
                int kept = keepErasuresOfTheData(connection);
                connection.commit();
                migrateToThisRelease(database);
                int toRecord = erasuresToRecord(connection);
                out.printf("Restored %d rows of the data archive of %s with the keys of %s%n", rows,
                        dataManifest.createdAt(), keysManifest.createdAt());
                if (kept > 0) {
                    out.printf("%d files erased in the data archive keep their erasure: their keys are destroyed"
                            + " again%n", kept);
                }
                if (toRecord > 0) {
                    out.printf("%d files erased after the data archive stay erased; the service records each"
                            + " erasure at its next start (actor %s)%n", toRecord, "system:restore");
                }
                if (withoutKey > 0) {
                    out.printf("%d files have no key in the key archive: their personal data reads as erased%n",
                            withoutKey);
                }
                return new Result(rows, kept, toRecord, withoutKey);
            }
        }
    }

    private static Archives.Source decrypted(Path file, BackupKey key) throws IOException {
        try (InputStream in = key.decrypting(Files.newInputStream(file))) {
            return Archives.read(in, file.toString());
        } catch (IOException e) {
            if (!Files.isRegularFile(file)) {
                throw new BackupException("no key archive " + file, e);
            }
            throw new BackupException("the key archive " + file + " does not decrypt with the backup key "
                    + key.file() + ": a different key, or the archive is damaged", e);
        }
    }

    /** The files whose key the data archive's events need and the key archive lacks; refused unless accepted. */
    private static int checkKeys(Manifest data, Archives.Source keys, boolean acceptMissing) throws IOException {
        Set<UUID> missing = new HashSet<>(data.keySubjects());
        missing.removeAll(subjects(keys));
        if (!missing.isEmpty() && !acceptMissing) {
            throw new BackupException("the key archive of " + keys.manifest().createdAt() + " lacks the keys of "
                    + missing.size() + " files of the data archive of " + data.createdAt() + " (their personal"
                    + " data would read as erased); use a key archive taken at the same time or later, or"
                    + " --accept-missing-keys");
        }
        return missing.size();
    }

    private static Set<UUID> subjects(Archives.Source keys) throws IOException {
        Manifest.Table table = keys.manifest().table("personal_data_key");
        int column = table.columns().indexOf("subject_id");
        Set<UUID> subjects = new HashSet<>();
        try (BufferedReader rows = new BufferedReader(new InputStreamReader(keys.table(table.name()),
                StandardCharsets.UTF_8))) {
            for (String row = rows.readLine(); row != null; row = rows.readLine()) {
                subjects.add(UUID.fromString(row.split("\t", -1)[column]));
            }
        }
        return subjects;
    }

    private static void refuseWhileOthersAreConnected(Connection connection) throws SQLException {
        List<String> others = Tables.strings(connection, """
                select coalesce(nullif(application_name, ''), usename, 'unknown') || ' from '
                    || coalesce(host(client_addr), 'local socket')
                from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'""");
        if (!others.isEmpty()) {
            throw new BackupException("the database is in use (" + others.size() + " other connections: "
                    + others.stream().distinct().collect(Collectors.joining(", ")) + "); stop every service node"
                    + " first");
        }
    }

    private static void prepareSchema(ToolDatabase database, Connection connection, String version, boolean replace,
                                      PrintStream out) throws SQLException {
        boolean empty = Tables.all(connection).isEmpty() && !Tables.hasSchemaHistory(connection);
        if (!empty && !replace) {
            throw new BackupException("the database is not empty; restore into an empty database, or give"
                    + " --replace to delete everything in it first");
        }
        try {
            if (!empty) {
                out.println("Deleting everything in the database (--replace)");
                flyway(database, null).clean();
                try (Statement sql = connection.createStatement()) {
                    sql.execute("drop schema if exists casework_rebuild cascade");
                }
            }
            flyway(database, version).migrate();
        } catch (FlywayException e) {
            throw new BackupException("cannot build the schema of version " + version + " (an archive of a newer"
                    + " release?): " + e.getMessage(), e);
        }
        String built = Tables.schemaVersion(connection);
        if (!built.equals(version)) {
            throw new BackupException("the archive is of schema version " + version + ", which this release does"
                    + " not have (it built " + built + "); restore it with the release that wrote it");
        }
        connection.setAutoCommit(false);
    }

    private static void migrateToThisRelease(ToolDatabase database) {
        flyway(database, "latest").migrate();
    }

    private static Flyway flyway(ToolDatabase database, String target) {
        var configuration = Flyway.configure().dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/migration").cleanDisabled(target != null);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private static long copyBack(Connection connection, Manifest dataManifest, Archives.Source data,
                                 Archives.Source keys) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<String> tables = new ArrayList<>();
        dataManifest.tables().forEach(table -> tables.add(table.name()));
        keys.manifest().tables().forEach(table -> tables.add(table.name()));
        try (Statement sql = connection.createStatement()) {
            // rows the migrations wrote make way for the archive's
            sql.execute("truncate table " + String.join(", ", tables.stream()
                    .map(table -> "public." + Tables.quoted(table)).toList()));
        }
        long rows = 0;
        for (Manifest.Table table : dataManifest.tables()) {
            try (InputStream in = data.table(table.name())) {
                rows += copied(table, copy.copyIn("copy public." + Tables.quoted(table.name()) + " ("
                        + Tables.columnList(table.columns()) + ") from stdin", in));
            }
        }
        for (Manifest.Table table : keys.manifest().tables()) {
            rows += copyKeys(connection, copy, table, keys);
        }
        for (Manifest.SequenceValue sequence : dataManifest.sequences()) {
            try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                setval.setString(1, "public." + Tables.quoted(sequence.name()));
                setval.setLong(2, sequence.lastValue());
                setval.setBoolean(3, sequence.called());
                setval.execute();
            }
        }
        try (Statement sql = connection.createStatement()) {
            // the nodes that held these claims are gone: any node may take them at once
            sql.execute("update token_entry set owner = null");
            if (tables.contains("scheduled_tasks")) {
                sql.execute("update scheduled_tasks set picked = false, picked_by = null, last_heartbeat = null");
            }
        }
        return rows;
    }

    /**
     * The key archive may be of another schema version than the data: its rows go through a table of text columns
     * and into the columns both versions have.
     */
    private static long copyKeys(Connection connection, CopyManager copy, Manifest.Table table, Archives.Source keys)
            throws SQLException, IOException {
        List<String[]> target = Tables.columnTypes(connection, table.name());
        String staging = "restore_" + table.name();
        try (Statement sql = connection.createStatement()) {
            sql.execute("create temporary table " + Tables.quoted(staging) + " (" + table.columns().stream()
                    .map(column -> Tables.quoted(column) + " text").collect(Collectors.joining(", "))
                    + ") on commit drop");
        }
        try (InputStream in = keys.table(table.name())) {
            copied(table, copy.copyIn("copy " + Tables.quoted(staging) + " (" + Tables.columnList(table.columns())
                    + ") from stdin", in));
        }
        List<String[]> common = target.stream().filter(column -> table.columns().contains(column[0])).toList();
        try (Statement sql = connection.createStatement()) {
            return sql.executeUpdate("insert into public." + Tables.quoted(table.name()) + " ("
                    + common.stream().map(column -> Tables.quoted(column[0])).collect(Collectors.joining(", "))
                    + ") select " + common.stream().map(column -> "cast(" + Tables.quoted(column[0]) + " as "
                    + column[1] + ")").collect(Collectors.joining(", ")) + " from " + Tables.quoted(staging));
        }
    }

    private static long copied(Manifest.Table table, long rows) {
        if (rows != table.rows()) {
            throw new BackupException("table " + table.name() + ": " + rows + " rows in the archive, its manifest"
                    + " says " + table.rows() + "; the archive is damaged");
        }
        return rows;
    }

    /** A file erased in the data archive whose key the (older) key archive still holds: destroyed again. */
    private static int keepErasuresOfTheData(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            return sql.executeUpdate("""
                    update personal_data_key k set keyset = null, erased_at = erasure.erased_at
                    from (select aggregate_identifier, min(time_stamp)::timestamptz as erased_at
                          from domain_event_entry where payload_type = '%s' group by aggregate_identifier) erasure
                    where k.subject_id::text = erasure.aggregate_identifier and k.keyset is not null"""
                    .formatted(CLIENT_ERASED));
        }
    }

    /** Erased according to the key archive, but the restored history of the file has no erasure. */
    private static int erasuresToRecord(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            int rows = sql.executeUpdate("""
                    insert into restored_erasure (client_id, erased_at, reason)
                    select k.subject_id, k.erased_at, coalesce(k.erasure_reason, 'erased on '
                        || to_char(k.erased_at at time zone 'UTC', 'YYYY-MM-DD') || ', recorded again after a restore')
                    from personal_data_key k
                    where k.keyset is null and k.erased_at is not null
                      and exists (select 1 from domain_event_entry e
                                  where e.aggregate_identifier = k.subject_id::text and e.type = 'Client')
                      and not exists (select 1 from domain_event_entry e
                                      where e.aggregate_identifier = k.subject_id::text and e.payload_type = '%s')
                    on conflict do nothing""".formatted(CLIENT_ERASED));
            connection.commit();
            return rows;
        }
    }
}
