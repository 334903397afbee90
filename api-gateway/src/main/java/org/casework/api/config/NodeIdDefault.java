package org.casework.api.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * {@code casework.node-id} when none is configured: process id and host name, as Axon names a token's owner. Set
 * before logging starts, so that every log line can name its node ({@code logging.pattern.level},
 * {@code logging.structured.json.add.nodeId}).
 */
class NodeIdDefault implements EnvironmentPostProcessor {

    static final String PROPERTY = "casework.node-id";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            environment.getPropertySources().addFirst(new MapPropertySource("casework-node-id",
                    Map.of(PROPERTY, ManagementFactory.getRuntimeMXBean().getName())));
        }
    }
}
