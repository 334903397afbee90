package org.casework.api.rebuild;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Writes a rebuild's rows into the shadow tables through Hibernate, so each table's columns are mapped in one place,
 * its entity: the session's tables resolve to the shadow schema first, inserts go in JDBC batches (rewritten by the
 * driver into multi-row statements), and the session is cleared after each batch so it never holds more than one.
 */
final class RowWriter {

    static final int BATCH = 1_000;

    private final SessionFactory sessions;

    RowWriter(SessionFactory sessions) {
        this.sessions = sessions;
    }

    void write(Connection connection, Stream<Object> rows, RebuildProgress progress) {
        try (Session session = sessions.withOptions().connection(connection).openSession()) {
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
                session.persist(row.next());
                if (++count % BATCH == 0) {
                    session.flush();
                    session.clear();
                    progress.written(BATCH);
                }
            }
            session.flush();
            session.clear();
            progress.written(count % BATCH);
            transaction.commit();
        }
    }
}
