package org.casework.api.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Archives are named by kind and the moment of their snapshot, e.g. {@code casework-data-2026-12-02T02-00-00.000Z.zip};
 * after a successful backup, the archives of the same kind in the same directory older than the retention go.
 */
final class Retention {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("casework-(data|keys)-(.+)\\.(zip|keys)");

    private Retention() {
    }

    static String fileName(Manifest.Kind kind, Instant createdAt) {
        return kind == Manifest.Kind.DATA
                ? "casework-data-" + STAMP.format(createdAt) + ".zip"
                : "casework-keys-" + STAMP.format(createdAt) + ".keys";
    }

    /** When the archive's snapshot was taken, if the file is named as an archive of that kind. */
    static Optional<Instant> createdAt(Path file, Manifest.Kind kind) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches() || !name.group(1).equals(kind.name().toLowerCase())
                || !name.group(3).equals(kind == Manifest.Kind.DATA ? "zip" : "keys")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(name.group(2))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Deletes the archives of {@code kind} in {@code directory} taken before {@code newest} minus {@code keep}. */
    static List<Path> apply(Path directory, Manifest.Kind kind, Duration keep, Instant newest) throws IOException {
        Instant limit = newest.minus(keep);
        List<Path> deleted = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Optional<Instant> created = createdAt(file, kind);
                if (created.isPresent() && created.get().isBefore(limit) && Files.isRegularFile(file)) {
                    Files.delete(file);
                    deleted.add(file);
                }
            }
        }
        return deleted;
    }
}
