package org.casework.api.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.casework.domain.EventMetadata;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps every command with who sends it, when (from the injected clock) and the request's correlation id.
 * The events the command causes inherit these through {@link RecordingCorrelationDataProvider}. A command sent
 * while handling another message already carries the actor and correlation id of its cause.
 */
class RecordingMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String SYSTEM_ACTOR = "system";

    private final Clock clock;

    RecordingMetadataInterceptor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> metadata = new HashMap<>();
            metadata.put(EventMetadata.RECORDED_AT, clock.instant().toString());
            if (!command.getMetaData().containsKey(EventMetadata.ACTOR)) {
                metadata.put(EventMetadata.ACTOR, currentActor());
            }
            if (!command.getMetaData().containsKey(EventMetadata.CORRELATION_ID)) {
                String requestCorrelation = MDC.get(EventMetadata.CORRELATION_ID);
                metadata.put(EventMetadata.CORRELATION_ID,
                        requestCorrelation != null ? requestCorrelation : command.getIdentifier());
            }
            return command.andMetaData(metadata);
        };
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication.getName() : SYSTEM_ACTOR;
    }
}
