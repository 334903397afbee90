package org.casework.api.backup;

import org.casework.api.database.EmbeddedDatabase;
import org.casework.api.database.EmbeddedPostgresProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * The database the service uses, as its configuration names it: {@code spring.datasource.*} when set, otherwise the
 * embedded one in {@code casework.embedded-postgres.data-directory}, reached on its port while the service runs, or
 * started for the command and stopped after it.
 */
final class ToolDatabase implements AutoCloseable {

    private final String url;
    private final String username;
    private final String password;
    private final EmbeddedDatabase startedHere;

    private ToolDatabase(String url, String username, String password, EmbeddedDatabase startedHere) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.startedHere = startedHere;
    }

    /** {@code mustExist}: a backup needs a database; a restore may create the embedded one. */
    static ToolDatabase of(Environment environment, boolean mustExist, PrintStream out) throws IOException {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.isBlank()) {
            return new ToolDatabase(url, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"), null);
        }
        EmbeddedPostgresProperties configured = Binder.get(environment)
                .bind("casework.embedded-postgres", EmbeddedPostgresProperties.class)
                .orElseGet(() -> new EmbeddedPostgresProperties(null, null, null, false, null, null));
        Path directory = configured.dataDirectory().toAbsolutePath().normalize();
        Optional<Integer> running = EmbeddedDatabase.runningPort(directory);
        if (running.isPresent()) {
            out.println("Using the embedded PostgreSQL of the running service (port " + running.get() + ", "
                    + directory + ")");
            return new ToolDatabase("jdbc:postgresql://localhost:" + running.get() + "/postgres", "postgres", "",
                    null);
        }
        if (mustExist && !Files.isRegularFile(directory.resolve("PG_VERSION"))) {
            throw new BackupException("no database in " + directory + " (casework.embedded-postgres.data-directory)"
                    + " and no spring.datasource.url");
        }
        out.println("Starting the embedded PostgreSQL in " + directory + " for this command");
        EmbeddedDatabase started = EmbeddedDatabase.start(new EmbeddedPostgresProperties(directory,
                configured.port(), configured.synchronousCommit(), false, configured.serverConfig(),
                configured.watchInterval()));
        return new ToolDatabase(started.jdbcUrl(), "postgres", "", started);
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "casework backup");
        return DriverManager.getConnection(url, properties);
    }

    String url() {
        return url;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        if (startedHere != null) {
            startedHere.close();
        }
    }
}
