package org.casework.api.readmodel;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How every event processor reads and fails: its events come from {@link PromptEventSource} ({@code source} in
 * application.yml), a failed batch is handled by {@link ErrorsFailTheBatch}.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelProcessing {

    @Bean
    ConfigurerModule errorsFailTheBatch() {
        return configurer -> configurer.eventProcessing().registerDefaultErrorHandler(c -> new ErrorsFailTheBatch());
    }

    @Bean
    PromptEventSource readModelEventSource(EventStore eventStore) {
        return new PromptEventSource(eventStore);
    }
}
