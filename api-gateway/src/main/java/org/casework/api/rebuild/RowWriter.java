package org.casework.api.rebuild;

import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Writes a rebuild's rows into the shadow tables through Hibernate, so each table's columns are mapped in one place,
 * its entity: a stateless session (no persistence context to track or flush) whose tables resolve to the shadow
 * schema first, inserting in JDBC batches that the driver rewrites into multi-row statements.
 */
final class RowWriter {

    static final int BATCH = 1_000;

    private final SessionFactory sessions;

    RowWriter(SessionFactory sessions) {
        this.sessions = sessions;
    }

    void write(Connection connection, Stream<Object> rows, RebuildProgress progress) {
        try (StatelessSession session = sessions.withStatelessOptions().connection(connection)
                .openStatelessSession()) {
            session.setJdbcBatchSize(BATCH);
            Transaction transaction = session.beginTransaction();
            session.doWork(jdbc -> {
                try (Statement sql = jdbc.createStatement()) {
                    sql.execute("set local search_path to " + ShadowTables.SCHEMA + ", public");
                    sql.execute("set local synchronous_commit to off");
                }
            });
            long count = 0;
            for (Iterator<Object> row = rows.iterator(); row.hasNext(); ) {
                session.insert(row.next());
                if (++count % BATCH == 0) {
                    progress.written(BATCH);
                }
            }
            progress.written(count % BATCH);
            transaction.commit();
        }
    }
}
