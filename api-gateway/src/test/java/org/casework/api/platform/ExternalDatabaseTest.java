package org.casework.api.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.casework.api.CaseworkApplication;
import org.casework.api.database.EmbeddedDatabase;
import org.casework.api.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** With the standard spring.datasource settings the service uses that PostgreSQL and starts none of its own. */
class ExternalDatabaseTest {

    @Test
    void standardDataSourceSettingsReplaceTheEmbeddedDatabase() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            String url = server.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CaseworkApplication.class)
                    .profiles("test")
                    .run("--server.port=0",
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=")) {
                assertThat(context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();

                int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
                UUID clientId = Api.at(port).as("alice").post("/api/clients", Map.of("firstName", "Externí",
                        "lastName", "Databáze", "birthDate", "1990-05-05")).createdId();

                JdbcTemplate external = new JdbcTemplate(server.getPostgresDatabase());
                assertThat(external.queryForObject("select count(*) from domain_event_entry "
                        + "where aggregate_identifier = ?", Long.class, clientId.toString()))
                        .as("the registration and the first status entry").isEqualTo(2);
            }
        }
    }
}
