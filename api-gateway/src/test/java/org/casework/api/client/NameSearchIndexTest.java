package org.casework.api.client;

import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The overviews' name search (a LIKE '%term%' on the folded search key) can be answered from a trigram index. */
class NameSearchIndexTest extends ApiTest {

    @Test
    void bothOverviewsKeepATrigramIndexOfTheirSearchKey() {
        for (String table : List.of("client_file", "family_file")) {
            assertThat(jdbc.queryForList("select indexdef from pg_indexes where schemaname = 'public'"
                    + " and tablename = ?", String.class, table))
                    .anyMatch(index -> index.contains("USING gin (search_key gin_trgm_ops)"));
        }
    }

    @Test
    void onManyFilesANameSearchIsAnsweredFromTheTrigramIndex() {
        // a copy of client_file with its indexes and 20,000 files, gone at the end of the transaction
        String plan = jdbc.execute((ConnectionCallback<String>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temporary table many_files (like client_file including all)"
                        + " on commit drop");
                statement.execute("insert into many_files (id, first_name, last_name, search_key)"
                        + " select gen_random_uuid(), 'f', 'l', md5(i::text) || ' ' || md5((i * 7)::text)"
                        + " from generate_series(1, 20000) i");
                statement.execute("insert into many_files (id, first_name, last_name, search_key)"
                        + " values (gen_random_uuid(), 'Ilona', 'Kovács', 'kovacs ilona')");
                List<String> trigramIndexes = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select indexname from pg_indexes"
                        + " where tablename = 'many_files' and indexdef like '%gin_trgm_ops%'")) {
                    while (rows.next()) {
                        trigramIndexes.add(rows.getString(1));
                    }
                }
                assertThat(trigramIndexes).hasSize(1);
                // the rows went to the index's pending list; a server's vacuum would have merged them by now
                statement.execute("select gin_clean_pending_list('" + trigramIndexes.get(0) + "'::regclass)");
                statement.execute("analyze many_files");
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("explain select id from many_files"
                        + " where search_key like '%kovacs%' order by search_key, id limit 20")) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
                return String.join("\n", lines) + "\nindex: " + trigramIndexes.get(0);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        });
        String index = plan.substring(plan.lastIndexOf("index: ") + 7);
        assertThat(plan).as(plan).contains("Bitmap Index Scan on " + index);
    }
}
