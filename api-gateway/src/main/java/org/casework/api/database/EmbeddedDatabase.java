package org.casework.api.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL the service runs for itself, on one data directory and one port for the service's whole life, so
 * the data source keeps pointing at it when it is started again after it died. It runs durably (fsync, full-page
 * writes, synchronous commit) and is stopped only by {@link #close()}, the last step of the service's shutdown:
 * the library's own JVM shutdown hook, which would stop it while requests are still served, is not registered.
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** What the library switches off for speed (it starts the server with {@code -F}, i.e. fsync off). */
    static final Map<String, String> DURABILITY = Map.of("fsync", "on", "full_page_writes", "on");
    /** Long enough for crash recovery to replay the write-ahead log after an unclean stop. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgresProperties properties;
    private final Path directory;
    private int port;
    private EmbeddedPostgres postgres;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgresProperties properties, Path directory) {
        this.properties = properties;
        this.directory = directory;
        this.port = properties.port();
    }

    public static EmbeddedDatabase start(EmbeddedPostgresProperties properties) throws IOException {
        Path directory = properties.temporary()
                ? Files.createTempDirectory("casework-postgres")
                : properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(directory);
        EmbeddedDatabase database = new EmbeddedDatabase(properties, directory);
        database.startPostmaster();
        log.info("Embedded PostgreSQL on port {} with data in {}", database.port, directory);
        return database;
    }

    private void startPostmaster() throws IOException {
        StalePostmaster.stopIfRunning(directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                // the directory is deleted by close() when temporary, never by the library (a restart keeps it)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("synchronous_commit", properties.synchronousCommit())
                .setServerConfig("max_connections", "100");
        DURABILITY.forEach(builder::setServerConfig);
        properties.serverConfig().forEach(builder::setServerConfig);
        postgres = builder.start();
        port = postgres.getPort();
    }

    /**
     * The port of the PostgreSQL that runs on {@code dataDirectory} now (a service is up), read from its
     * {@code postmaster.pid}; empty when none runs there.
     */
    public static Optional<Integer> runningPort(Path dataDirectory) {
        EmbeddedDatabase probe = new EmbeddedDatabase(new EmbeddedPostgresProperties(dataDirectory, 0, null, false,
                null, null), dataDirectory.toAbsolutePath().normalize());
        if (probe.postmaster().isEmpty()) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(probe.directory.resolve("postmaster.pid"));
            return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    /** A plain connection to the database, outside the service's pool (tests, tools). */
    public synchronized DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    Path directory() {
        return directory;
    }

    /** Whether the postmaster named in {@code postmaster.pid} is alive. */
    synchronized boolean running() {
        return postmaster().isPresent();
    }

    Optional<ProcessHandle> postmaster() {
        try {
            Path pidFile = directory.resolve("postmaster.pid");
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            // being written or removed at this moment: asked again at the next check
            return Optional.empty();
        }
    }

    /** Starts the postmaster again on the same directory and port if it is gone; false if it was running. */
    synchronized boolean restartIfStopped() throws IOException {
        if (closed || running()) {
            return false;
        }
        log.warn("Embedded PostgreSQL on port {} is not running; starting it again", port);
        closeQuietly();
        startPostmaster();
        log.info("Embedded PostgreSQL on port {} runs again", port);
        return true;
    }

    /** Releases the library's hold on the directory; its stop of a postmaster that is gone fails harmlessly. */
    private void closeQuietly() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the stopped embedded PostgreSQL failed", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        log.info("Stopping embedded PostgreSQL on port {}", port);
        postgres.close();
        log.info("Embedded PostgreSQL stopped");
        if (properties.temporary()) {
            FileSystemUtils.deleteRecursively(directory);
        }
    }
}
