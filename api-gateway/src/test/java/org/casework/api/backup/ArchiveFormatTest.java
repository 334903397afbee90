package org.casework.api.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The archives' format, names, retention and encryption, without a database. */
class ArchiveFormatTest {

    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00.123Z");

    @TempDir
    Path directory;

    private static Manifest manifest(Manifest.Kind kind) {
        return new Manifest(Manifest.FORMAT, kind, NOW, "20",
                List.of(new Manifest.Table("client_file", List.of("id", "last_name"), 2)),
                List.of(new Manifest.SequenceValue("plan_version_id_seq", 51, true)),
                List.of(UUID.fromString("00000000-0000-0000-0000-000000000001")));
    }

    private static byte[] zip(Manifest manifest, String table, String rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(Manifest.Table.entry(table)));
            zip.write(rows.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            if (manifest != null) {
                zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
                manifest.write(zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aManifestReadsBackAsItWasWritten() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        manifest(Manifest.Kind.DATA).write(bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"createdAt\" : \"2026-12-02T02:00:00.123Z\"");
        assertThat(Manifest.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isEqualTo(manifest(Manifest.Kind.DATA));
    }

    @Test
    void aManifestOfAnUnknownFormatIsRefused() {
        String later = "{\"format\": 2, \"kind\": \"DATA\", \"createdAt\": \"2026-12-02T02:00:00Z\","
                + " \"schemaVersion\": \"30\", \"tables\": []}";
        assertThatThrownBy(() -> Manifest.read(new ByteArrayInputStream(later.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(BackupException.class).hasMessageContaining("archive format 2 is not known");
    }

    @Test
    void anArchiveGivesEachTablesRowsAndNamesTheOnesItLacks() throws IOException {
        byte[] archive = zip(manifest(Manifest.Kind.KEYS), "client_file", "1\tNovák\n2\tSvoboda\n");
        try (Archives.Source source = Archives.read(new ByteArrayInputStream(archive), "k.keys");
             InputStream rows = source.table("client_file")) {
            assertThat(source.manifest().kind()).isEqualTo(Manifest.Kind.KEYS);
            assertThat(new String(rows.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("1\tNovák\n2\tSvoboda\n");
            assertThatThrownBy(() -> source.table("chronology_entry")).isInstanceOf(BackupException.class)
                    .hasMessage("k.keys lacks the rows of table chronology_entry");
        }
        Path file = Files.write(directory.resolve("d.zip"), archive);
        try (Archives.Source source = Archives.open(file); InputStream rows = source.table("client_file")) {
            assertThat(rows.readAllBytes()).hasSize("1\tNovák\n2\tSvoboda\n".getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void aZipWithoutManifestIsNoArchive() throws IOException {
        Path file = Files.write(directory.resolve("other.zip"), zip(null, "client_file", ""));
        assertThatThrownBy(() -> Archives.open(file)).isInstanceOf(BackupException.class)
                .hasMessageContaining("is no casework archive");
    }

    @Test
    void anArchiveIsNamedByItsKindAndSnapshot() {
        String name = Retention.fileName(Manifest.Kind.DATA, NOW);
        assertThat(name).isEqualTo("casework-data-2026-12-02T02-00-00.123Z.zip");
        assertThat(Retention.createdAt(Path.of(name), Manifest.Kind.DATA)).contains(NOW);
        assertThat(Retention.createdAt(Path.of(name), Manifest.Kind.KEYS)).isEmpty();
        assertThat(Retention.fileName(Manifest.Kind.KEYS, NOW)).isEqualTo("casework-keys-2026-12-02T02-00-00.123Z.keys");
        assertThat(Retention.createdAt(Path.of(name + ".part"), Manifest.Kind.DATA)).isEmpty();
    }

    @Test
    void retentionDeletesOnlyOlderArchivesOfItsOwnKind() throws IOException {
        Path oldData = touch(Retention.fileName(Manifest.Kind.DATA, NOW.minus(Duration.ofDays(31))));
        Path recentData = touch(Retention.fileName(Manifest.Kind.DATA, NOW.minus(Duration.ofDays(29))));
        Path newData = touch(Retention.fileName(Manifest.Kind.DATA, NOW));
        Path oldKeys = touch(Retention.fileName(Manifest.Kind.KEYS, NOW.minus(Duration.ofDays(31))));
        Path other = touch("casework-data-notes.txt");

        List<Path> deleted = Retention.apply(directory, Manifest.Kind.DATA, Duration.ofDays(30), NOW);

        assertThat(deleted).containsExactly(oldData);
        try (Stream<Path> left = Files.list(directory)) {
            assertThat(left).containsExactlyInAnyOrder(recentData, newData, oldKeys, other);
        }
        assertThat(Retention.apply(directory, Manifest.Kind.KEYS, Duration.ofDays(7), NOW)).containsExactly(oldKeys);
    }

    @Test
    void aKeyArchiveDecryptsWithItsBackupKeyOnly() throws IOException {
        Path keyFile = directory.resolve("backup.key");
        Path otherFile = directory.resolve("other.key");
        BackupKey.create(keyFile);
        BackupKey.create(otherFile);
        assertThat(Files.getPosixFilePermissions(keyFile)).hasSize(2);
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = BackupKey.read(keyFile).encrypting(sealed)) {
            out.write("secret rows".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(sealed.toString(StandardCharsets.UTF_8)).doesNotContain("secret");
        try (InputStream in = BackupKey.read(keyFile).decrypting(new ByteArrayInputStream(sealed.toByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("secret rows");
        }
        assertThatThrownBy(() -> {
            try (InputStream in = BackupKey.read(otherFile).decrypting(new ByteArrayInputStream(sealed.toByteArray()))) {
                in.readAllBytes();
            }
        }).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> BackupKey.create(keyFile)).isInstanceOf(BackupException.class)
                .hasMessageContaining("never overwritten");
        assertThatThrownBy(() -> BackupKey.read(directory.resolve("d.zip"))).isInstanceOf(BackupException.class)
                .hasMessageContaining("cannot be read");
    }

    private Path touch(String name) throws IOException {
        return Files.createFile(directory.resolve(name));
    }
}
