package org.casework.api.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Command handling times per command type: {@code commandBus_allTimer_seconds{payloadType="RecordConsultations"}},
 * with {@code successTimer} and {@code failureTimer} beside it. Axon's automatic metrics are off: they also time
 * every event in every read model, which cost an eighth of a replay's CPU (docs/benchmarks.md); the read models'
 * lag and replay progress are gauges of their own ({@code ReadModelMeters}).
 */
@Configuration(proxyBeanMethods = false)
class CommandMetrics {

    @Bean
    ConfigurerModule commandTimers(MeterRegistry meters) {
        return configurer -> configurer.configureMessageMonitor(CommandBus.class,
                (configuration, componentType, componentName) -> MessageTimerMonitor.builder()
                        .meterNamePrefix("commandBus")
                        .meterRegistry(meters)
                        .tagsBuilder(command -> Tags.of("payloadType", command.getPayloadType().getSimpleName()))
                        .build());
    }
}
