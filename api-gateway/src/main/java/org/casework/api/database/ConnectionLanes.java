package org.casework.api.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.AbstractDataSource;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The service's data source in two lanes, each its own pool: the event processors' threads (the read models' batches,
 * their coordinators, the event store's reader) draw from one, everything else (requests, deadlines, start-up) from
 * the other; so does a rebuild ({@link ProcessingLane}). Under 64 writing callers the requests kept every connection of one shared pool busy and the read models
 * waited in its queue, so their lag grew with the load (docs/benchmarks.md, issue 18); now a burst of requests waits
 * only for its own lane.
 */
final class ConnectionLanes extends AbstractDataSource implements AutoCloseable {

    /** Axon's thread factories name a processor's thread groups after it; the event store's reader likewise. */
    private static final String[] PROCESSING_GROUPS = {"WorkPackage[", "Coordinator[", "EmbeddedEventStore"};

    private final HikariDataSource requests;
    private final HikariDataSource processing;

    private ConnectionLanes(HikariDataSource requests, HikariDataSource processing) {
        this.requests = requests;
        this.processing = processing;
    }

    /** The processing lane copies the request pool's settings, with its own name and size. */
    static ConnectionLanes of(HikariDataSource requests, int processingPoolSize) {
        HikariConfig config = new HikariConfig();
        requests.copyStateTo(config);
        config.setPoolName((requests.getPoolName() == null ? "casework" : requests.getPoolName()) + "-processing");
        config.setMaximumPoolSize(processingPoolSize);
        config.setMinimumIdle(Math.min(processingPoolSize, requests.getMinimumIdle() < 0 ? processingPoolSize
                : requests.getMinimumIdle()));
        return new ConnectionLanes(requests, new HikariDataSource(config));
    }

    static boolean isProcessingThread(Thread thread) {
        ThreadGroup group = thread.getThreadGroup();
        if (group == null) {
            return false;
        }
        if (group == ProcessingLane.THREADS) {
            return true;
        }
        for (String prefix : PROCESSING_GROUPS) {
            if (group.getName().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private HikariDataSource lane() {
        return isProcessingThread(Thread.currentThread()) ? processing : requests;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return lane().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return lane().getConnection(username, password);
    }

    HikariDataSource requests() {
        return requests;
    }

    HikariDataSource processing() {
        return processing;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(requests)) {
            return (T) requests; // pool metrics and health see the request lane, as before
        }
        return super.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(requests) || super.isWrapperFor(type);
    }

    @Override
    public void close() {
        processing.close();
        requests.close();
    }
}
