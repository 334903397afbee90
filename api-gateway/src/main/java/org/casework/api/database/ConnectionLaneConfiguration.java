package org.casework.api.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Splits the service's data source, the embedded one or Spring Boot's own, into {@link ConnectionLanes}. The
 * processing lane's size is {@code casework.database.processing-pool-size} (default 10: the read models' four
 * batch threads and their coordinator, the family policy's thread and coordinator, the event store's reader, a
 * rebuild's two; 0 for one pool shared by all); the request lane keeps {@code spring.datasource.hikari.maximum-pool-size}.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionLaneConfiguration {

    static final String POOL_SIZE = "casework.database.processing-pool-size";

    @Bean
    static BeanPostProcessor connectionLanes(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                int size = environment.getProperty(POOL_SIZE, Integer.class, 10);
                if (bean instanceof HikariDataSource pool && "dataSource".equals(name) && size > 0) {
                    return ConnectionLanes.of(pool, size);
                }
                return bean;
            }
        };
    }
}
