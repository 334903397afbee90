package org.casework.api.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code casework backup}: one consistent snapshot of the running database (REPEATABLE READ, READ ONLY) written to
 * the data archive (every table but the keys) and the key archive (the keys, encrypted with the backup key), each
 * into its own directory with its own retention.
 */
final class Backup {

    /** What to write where; {@code backupKey} is needed for the key archive only. */
    record Options(Path dataDirectory, Path keysDirectory, Path backupKey, Duration dataRetention,
                   Duration keysRetention, boolean data, boolean keys) {
    }

    /** The archives written (null when not asked for) and the older ones deleted. */
    record Result(Path dataArchive, Path keyArchive, List<Path> deleted) {
    }

    private Backup() {
    }

    static Result run(ToolDatabase database, Options options, PrintStream out) throws IOException, SQLException {
        BackupKey key = options.keys() ? BackupKey.read(options.backupKey()) : null;
        Path dataArchive = null;
        Path keyArchive = null;
        Instant createdAt;
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            createdAt = snapshotTime(connection);
            String version = Tables.schemaVersion(connection);
            Tables.refuseLargeObjects(connection);
            List<String> tables = Tables.all(connection);
            if (options.data()) {
                List<String> dataTables = tables.stream().filter(table -> !Tables.KEYS.contains(table)).toList();
                List<UUID> keySubjects = Tables.strings(connection, "select subject_id::text from personal_data_key"
                        + " order by subject_id").stream().map(UUID::fromString).toList();
                dataArchive = written(options.dataDirectory(), Retention.fileName(Manifest.Kind.DATA, createdAt),
                        out1 -> Archives.write(connection, Manifest.Kind.DATA, dataTables, createdAt, version,
                                // read after the snapshot's rows: never below a value they hold
                                Tables.sequences(connection), keySubjects, out1));
                out.println("Data archive: " + dataArchive);
            }
            if (options.keys()) {
                List<String> keyTables = tables.stream().filter(Tables.KEYS::contains).sorted().toList();
                keyArchive = written(options.keysDirectory(), Retention.fileName(Manifest.Kind.KEYS, createdAt),
                        out1 -> {
                            try (OutputStream encrypted = key.encrypting(out1)) {
                                Archives.write(connection, Manifest.Kind.KEYS, keyTables, createdAt, version,
                                        List.of(), List.of(), encrypted);
                            }
                        });
                out.println("Key archive:  " + keyArchive + " (encrypted with " + key.file() + ")");
            }
            connection.commit();
        }
        List<Path> deleted = new ArrayList<>();
        if (dataArchive != null) {
            deleted.addAll(Retention.apply(options.dataDirectory(), Manifest.Kind.DATA, options.dataRetention(),
                    createdAt));
        }
        if (keyArchive != null) {
            deleted.addAll(Retention.apply(options.keysDirectory(), Manifest.Kind.KEYS, options.keysRetention(),
                    createdAt));
        }
        deleted.forEach(file -> out.println("Deleted (older than its retention): " + file));
        return new Result(dataArchive, keyArchive, List.copyOf(deleted));
    }

    private static Instant snapshotTime(Connection connection) throws SQLException {
        try (var query = connection.createStatement(); var row = query.executeQuery("select now()")) {
            row.next();
            Timestamp now = row.getTimestamp(1);
            return now.toInstant();
        }
    }

    private static final Set<PosixFilePermission> OWNER_ONLY =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private interface Content {
        void writeTo(OutputStream out) throws IOException, SQLException;
    }

    /**
     * Written beside its final name and moved there once complete: a file of that name is always whole. Readable by
     * its owner alone where the file system knows POSIX permissions: the data archive's read models hold names in
     * clear.
     */
    private static Path written(Path directory, String name, Content content) throws IOException, SQLException {
        Files.createDirectories(directory);
        Path file = directory.resolve(name);
        Path part = directory.resolve(name + ".part");
        try {
            if (part.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(part, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            try (OutputStream out = Files.newOutputStream(part)) {
                content.writeTo(out);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
