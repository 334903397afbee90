package org.casework.api.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies of read-model tables in the schema {@value #SCHEMA}, with the live tables' columns, defaults and checks but
 * no indexes until they are filled; then the same indexes and keys, and finally the swap that drops the live tables
 * and moves the copies into their place. A rebuild that dies leaves the schema behind; the next one drops it.
 */
final class ShadowTables {

    static final String SCHEMA = "casework_rebuild";

    private final List<String> tables;

    ShadowTables(List<String> tables) {
        this.tables = List.copyOf(tables);
    }

    void create(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
            sql.execute("create schema " + SCHEMA);
            for (String table : tables) {
                sql.execute("create table " + SCHEMA + "." + table + " (like public." + table
                        + " including defaults including constraints including storage including comments)");
                // "like" copies no table options: the vacuum settings of V24 would be lost with the swap
                String options = options(connection, table);
                if (!options.isEmpty()) {
                    sql.execute("alter table " + SCHEMA + "." + table + " set (" + options + ")");
                }
            }
        }
    }

    /** The live table's storage options ({@code autovacuum_vacuum_scale_factor=0.02, ...}), empty when none. */
    private static String options(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select array_to_string(reloptions, ', ') from pg_class where oid = to_regclass(?)")) {
            query.setString(1, "public." + table);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getString(1) != null ? row.getString(1) : "";
            }
        }
    }

    /** The live tables' keys and indexes, built once over the full tables, and fresh planner statistics. */
    void index(Connection connection) throws SQLException {
        List<String> statements = new ArrayList<>();
        for (String table : tables) {
            statements.addAll(keys(connection, table));
            statements.addAll(indexes(connection, table));
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("set local maintenance_work_mem = '256MB'");
            for (String statement : statements) {
                sql.execute(statement);
            }
            for (String table : tables) {
                sql.execute("analyze " + SCHEMA + "." + table);
            }
        }
    }

    /**
     * In the caller's transaction: waits for every live table (readers and writers finish first), drops them and
     * moves the copies in. Statements that were waiting for a table go on with its replacement.
     */
    void swap(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("lock table " + String.join(", ", tables.stream().map(t -> "public." + t).toList())
                    + " in access exclusive mode");
            for (String table : tables) {
                sql.execute("drop table public." + table);
                sql.execute("alter table " + SCHEMA + "." + table + " set schema public");
            }
        }
    }

    void drop(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private static List<String> keys(Connection connection, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select conname, pg_get_constraintdef(oid)"
                + " from pg_constraint where conrelid = ?::regclass and contype in ('p', 'u', 'x') order by conname")) {
            query.setString(1, "public." + table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add("alter table " + SCHEMA + "." + table + " add constraint " + rows.getString(1) + " "
                            + rows.getString(2));
                }
            }
        }
        return keys;
    }

    /** Indexes that are not a key's: their definitions, pointed at the copy (they keep their names). */
    private static List<String> indexes(Connection connection, String table) throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select pg_get_indexdef(i.indexrelid)"
                + " from pg_index i where i.indrelid = ?::regclass and not exists (select 1 from pg_constraint c"
                + " where c.conindid = i.indexrelid) order by i.indexrelid")) {
            query.setString(1, "public." + table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String definition = rows.getString(1);
                    String copy = " ON " + SCHEMA + "." + table + " ";
                    if (definition.contains(" ON public." + table + " ")) {
                        indexes.add(definition.replace(" ON public." + table + " ", copy));
                    } else if (definition.contains(" ON " + table + " ")) {
                        indexes.add(definition.replace(" ON " + table + " ", copy));
                    } else {
                        throw new IllegalStateException("unexpected index definition on " + table);
                    }
                }
            }
        }
        return indexes;
    }
}
