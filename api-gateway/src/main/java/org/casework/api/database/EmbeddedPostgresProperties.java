package org.casework.api.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The PostgreSQL the service starts for itself when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database lives; kept across restarts
 * @param port          TCP port on localhost; 0 picks a free one at the first start, kept when it is started again
 * @param synchronousCommit PostgreSQL's {@code synchronous_commit}; "on" so an acknowledged write survives a crash
 * @param temporary     start from an empty database in a temporary directory that is deleted at stop (tests, demos)
 * @param serverConfig  further PostgreSQL settings ({@code name: value}), applied after the durable defaults
 * @param watchInterval how often the service checks that its PostgreSQL runs, and starts it again if not
 */
@ConfigurationProperties("casework.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDirectory, Integer port, String synchronousCommit,
                                         boolean temporary, Map<String, String> serverConfig,
                                         Duration watchInterval) {

    public EmbeddedPostgresProperties {
        dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
        port = port == null ? 0 : port;
        synchronousCommit = synchronousCommit == null ? "on" : synchronousCommit;
        serverConfig = serverConfig == null ? Map.of() : Map.copyOf(serverConfig);
        watchInterval = watchInterval == null ? Duration.ofSeconds(1) : watchInterval;
    }
}
