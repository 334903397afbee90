package org.casework.api.backup;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The archive format, the same inside both archives: a zip with one entry per table ({@code tables/NAME.copy}, the
 * rows in PostgreSQL's COPY text format, columns as the manifest names them) and {@code manifest.json} last.
 */
final class Archives {

    private Archives() {
    }

    /** Reads an archive: its manifest and each table's rows. */
    interface Source extends AutoCloseable {

        Manifest manifest();

        InputStream table(String name) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Writes {@code tables} as seen by the connection's transaction into {@code out}; returns the manifest. */
    static Manifest write(Connection connection, Manifest.Kind kind, List<String> tables, Instant createdAt,
                          String schemaVersion, List<Manifest.SequenceValue> sequences, List<UUID> keySubjects,
                          OutputStream out) throws IOException, SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<Manifest.Table> written = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(out);
        OutputStream entry = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                zip.write(bytes, offset, length);
            }

            @Override
            public void close() {
                // the zip stays open for the next entry
            }
        };
        for (String table : tables) {
            List<String> columns = Tables.columns(connection, table);
            zip.putNextEntry(new ZipEntry(Manifest.Table.entry(table)));
            long rows = copy.copyOut("copy public." + Tables.quoted(table) + " (" + Tables.columnList(columns)
                    + ") to stdout", entry);
            zip.closeEntry();
            written.add(new Manifest.Table(table, columns, rows));
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, kind, createdAt, schemaVersion, written, sequences,
                keySubjects);
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        manifest.write(entry);
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    /** A data archive, read in place (it may be large). */
    static Source open(Path file) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        try {
            ZipEntry manifestEntry = zip.getEntry(Manifest.ENTRY);
            if (manifestEntry == null) {
                throw new BackupException(file + " is no casework archive (it has no " + Manifest.ENTRY + ")");
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = Manifest.read(in);
            }
            return new Source() {
                @Override
                public Manifest manifest() {
                    return manifest;
                }

                @Override
                public InputStream table(String name) throws IOException {
                    ZipEntry entry = zip.getEntry(Manifest.Table.entry(name));
                    if (entry == null) {
                        throw new BackupException(file + " lacks the rows of table " + name);
                    }
                    return zip.getInputStream(entry);
                }

                @Override
                public void close() throws IOException {
                    zip.close();
                }
            };
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** An archive read whole from a stream (the decrypted key archive: small). */
    static Source read(InputStream in, String name) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            zip.transferTo(bytes);
            entries.put(entry.getName(), bytes.toByteArray());
        }
        byte[] manifestBytes = entries.get(Manifest.ENTRY);
        if (manifestBytes == null) {
            throw new BackupException(name + " is no casework archive (it has no " + Manifest.ENTRY + ")");
        }
        Manifest manifest = Manifest.read(new ByteArrayInputStream(manifestBytes));
        return new Source() {
            @Override
            public Manifest manifest() {
                return manifest;
            }

            @Override
            public InputStream table(String table) {
                byte[] rows = entries.get(Manifest.Table.entry(table));
                if (rows == null) {
                    throw new BackupException(name + " lacks the rows of table " + table);
                }
                return new ByteArrayInputStream(rows);
            }

            @Override
            public void close() {
            }
        };
    }
}
