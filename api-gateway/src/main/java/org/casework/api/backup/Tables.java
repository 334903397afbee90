package org.casework.api.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The casework schema as the archives see it: its tables, their columns and its sequences. */
final class Tables {

    /** The key material: in the key archive only. */
    static final Set<String> KEYS = Set.of("personal_data_key", "installation_secret");
    /** Rebuilt by Flyway at the restore; its version is the manifest's. */
    static final String SCHEMA_HISTORY = "flyway_schema_history";

    private Tables() {
    }

    static List<String> all(Connection connection) throws SQLException {
        return strings(connection, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r' and c.relname <> ?
                order by c.relname""", SCHEMA_HISTORY);
    }

    /** The columns COPY writes and reads, in table order; generated columns are computed again. */
    static List<String> columns(Connection connection, String table) throws SQLException {
        return strings(connection, """
                select attname from pg_attribute where attrelid = ('public.' || quote_ident(?))::regclass
                and attnum > 0 and not attisdropped and attgenerated = '' order by attnum""", table);
    }

    /** {@code name -> type}, e.g. {@code bytea}, {@code timestamp with time zone}. */
    static List<String[]> columnTypes(Connection connection, String table) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select attname, format_type(atttypid, atttypmod) from pg_attribute
                where attrelid = ('public.' || quote_ident(?))::regclass and attnum > 0 and not attisdropped
                and attgenerated = '' order by attnum""")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        return columns;
    }

    /** Large objects live outside the tables, where COPY does not reach: a backup refuses to miss them. */
    static void refuseLargeObjects(Connection connection) throws SQLException {
        List<String> columns = strings(connection, """
                select c.relname || '.' || a.attname from pg_attribute a
                join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
                and a.atttypid in ('oid'::regtype, coalesce(to_regtype('lo'), 'oid'::regtype))""");
        if (!columns.isEmpty()) {
            throw new BackupException("columns " + columns + " refer to large objects, which this backup does"
                    + " not copy");
        }
    }

    static String schemaVersion(Connection connection) throws SQLException {
        List<String> versions = strings(connection, "select version from " + SCHEMA_HISTORY
                + " where success and version is not null order by installed_rank desc limit 1");
        if (versions.isEmpty()) {
            throw new BackupException("the database holds no casework schema (no migration in "
                    + SCHEMA_HISTORY + ")");
        }
        return versions.get(0);
    }

    static boolean hasSchemaHistory(Connection connection) throws SQLException {
        return !strings(connection, "select 'yes' where to_regclass('public." + SCHEMA_HISTORY + "') is not null")
                .isEmpty();
    }

    static List<Manifest.SequenceValue> sequences(Connection connection) throws SQLException {
        List<Manifest.SequenceValue> sequences = new ArrayList<>();
        for (String name : strings(connection, "select sequencename from pg_sequences where schemaname = 'public'"
                + " order by sequencename")) {
            try (PreparedStatement query = connection.prepareStatement("select last_value, is_called from public."
                    + quoted(name)); ResultSet row = query.executeQuery()) {
                row.next();
                sequences.add(new Manifest.SequenceValue(name, row.getLong(1), row.getBoolean(2)));
            }
        }
        return sequences;
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Tables::quoted).toList());
    }

    static List<String> strings(Connection connection, String sql, String... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
