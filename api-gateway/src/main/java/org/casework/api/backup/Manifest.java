package org.casework.api.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an archive holds: its kind, the moment of its snapshot, the schema version it was taken at, every table with
 * its columns and row count, and (data archive) every sequence's value and the files whose key its events need.
 */
record Manifest(int format, Kind kind, Instant createdAt, String schemaVersion, List<Table> tables,
                List<SequenceValue> sequences, List<UUID> keySubjects) {

    static final int FORMAT = 1;
    static final String ENTRY = "manifest.json";
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    enum Kind { DATA, KEYS }

    record Table(String name, List<String> columns, long rows) {

        static String entry(String name) {
            return "tables/" + name + ".copy";
        }
    }

    /** As PostgreSQL keeps it: {@code called} false means the next value is {@code lastValue} itself. */
    record SequenceValue(String name, long lastValue, boolean called) {
    }

    Manifest {
        tables = List.copyOf(tables);
        sequences = sequences == null ? List.of() : List.copyOf(sequences);
        keySubjects = keySubjects == null ? List.of() : List.copyOf(keySubjects);
    }

    Table table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst()
                .orElseThrow(() -> new BackupException("the " + kind.name().toLowerCase()
                        + " archive holds no table " + name));
    }

    void write(OutputStream out) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, this);
    }

    static Manifest read(InputStream in) throws IOException {
        Manifest manifest = JSON.readValue(in, Manifest.class);
        if (manifest.format() != FORMAT) {
            throw new BackupException("archive format " + manifest.format() + " is not known to this version"
                    + " (it reads format " + FORMAT + ")");
        }
        return manifest;
    }
}
