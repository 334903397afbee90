package org.casework.api.readmodel;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How every event processor treats a failed batch: {@link ErrorsFailTheBatch}. */
@Configuration(proxyBeanMethods = false)
class ReadModelProcessing {

    @Bean
    ConfigurerModule errorsFailTheBatch() {
        return configurer -> configurer.eventProcessing().registerDefaultErrorHandler(c -> new ErrorsFailTheBatch());
    }
}
