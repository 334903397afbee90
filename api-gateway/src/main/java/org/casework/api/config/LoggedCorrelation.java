package org.casework.api.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.casework.domain.EventMetadata;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Callable;

/**
 * The log lines written while an event processor handles an event carry that event's correlation id
 * ({@code correlationId} in the log context), as a request's lines carry the request's. The thread's own value
 * comes back afterwards: a subscribing processor runs in the request's thread.
 */
@Configuration(proxyBeanMethods = false)
class LoggedCorrelation {

    @Bean
    ConfigurerModule correlationInEventLogs() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((configuration, processor) -> new EventCorrelationInLog());
    }

    /** Runs {@code work} with {@code correlationId} (when there is one) in the log context. */
    static <T> T during(Object correlationId, Callable<T> work) throws Exception {
        if (correlationId == null) {
            return work.call();
        }
        String before = MDC.get(EventMetadata.CORRELATION_ID);
        MDC.put(EventMetadata.CORRELATION_ID, correlationId.toString());
        try {
            return work.call();
        } finally {
            if (before == null) {
                MDC.remove(EventMetadata.CORRELATION_ID);
            } else {
                MDC.put(EventMetadata.CORRELATION_ID, before);
            }
        }
    }

    static final class EventCorrelationInLog implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            return during(unitOfWork.getMessage().getMetaData().get(EventMetadata.CORRELATION_ID), chain::proceed);
        }
    }
}
