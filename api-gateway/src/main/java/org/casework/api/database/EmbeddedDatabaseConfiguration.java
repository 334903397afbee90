package org.casework.api.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

/**
 * The embedded default: with no {@code spring.datasource.url}, the service runs its own PostgreSQL whose data
 * directory survives restarts, and starts it again if it dies. With the standard {@code SPRING_DATASOURCE_*}
 * settings, Spring Boot's own data source is used instead and nothing here starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    /** Closed after every bean that uses the data source: the database is the last thing the service stops. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgresProperties properties) throws IOException {
        return EmbeddedDatabase.start(properties);
    }

    @Bean
    EmbeddedDatabaseWatchdog embeddedDatabaseWatchdog(EmbeddedDatabase database,
                                                      EmbeddedPostgresProperties properties) {
        return new EmbeddedDatabaseWatchdog(database, properties.watchInterval());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(database.jdbcUrl())
                .username("postgres")
                .password("")
                .build();
    }
}
