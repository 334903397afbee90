package org.casework.api.config;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.casework.domain.EventMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An event processor's and a deadline's log lines carry the correlation id of the event or deadline they handle,
 * and the thread's own id comes back afterwards (a subscribing processor runs in the request's thread).
 */
class EventCorrelationInLogTest {

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger handlerLog = (Logger) LoggerFactory.getLogger(EventCorrelationInLogTest.class);

    @BeforeEach
    void capture() {
        lines.start();
        handlerLog.addAppender(lines);
        MDC.put(EventMetadata.CORRELATION_ID, "the-request");
    }

    @AfterEach
    void release() {
        handlerLog.detachAppender(lines);
        MDC.clear();
    }

    @Test
    void aLineAnEventHandlerWritesCarriesTheEventsCorrelationId() {
        SimpleEventBus bus = SimpleEventBus.builder().build();
        EventMessageHandler handler = new EventMessageHandler() {
            @Override
            public Object handle(EventMessage<?> event) {
                handlerLog.info("handled {}", event.getPayload());
                return null;
            }

            @Override
            public Class<?> getTargetType() {
                return EventCorrelationInLogTest.class;
            }
        };
        SubscribingEventProcessor processor = SubscribingEventProcessor.builder().name("test")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
                .messageSource(bus).build();
        processor.registerHandlerInterceptor(new LoggedCorrelation.EventCorrelationInLog());
        processor.start();

        bus.publish(GenericEventMessage.asEventMessage("first")
                        .andMetaData(Map.of(EventMetadata.CORRELATION_ID, "request-1")),
                GenericEventMessage.asEventMessage("second")
                        .andMetaData(Map.of(EventMetadata.CORRELATION_ID, "request-2")),
                GenericEventMessage.asEventMessage("written before correlation ids"));
        processor.shutDown();

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage,
                        line -> line.getMDCPropertyMap().get(EventMetadata.CORRELATION_ID))
                .containsExactly(tuple("handled first", "request-1"),
                        tuple("handled second", "request-2"),
                        tuple("handled written before correlation ids", "the-request"));
        assertThat(MDC.get(EventMetadata.CORRELATION_ID)).isEqualTo("the-request");
    }

    @Test
    void aLineADeadlineWritesCarriesTheDeadlinesId() throws Exception {
        MDC.remove(EventMetadata.CORRELATION_ID);
        GenericDeadlineMessage<Object> deadline = new GenericDeadlineMessage<>("no-contact");
        DefaultUnitOfWork<GenericDeadlineMessage<Object>> unitOfWork = DefaultUnitOfWork.startAndGet(deadline);
        try {
            new DeadlineActor(Clock.systemUTC()).handle(unitOfWork, () -> {
                handlerLog.info("deadline ran");
                return null;
            });
        } finally {
            unitOfWork.rollback();
        }
        assertThat(lines.list).extracting(line -> line.getMDCPropertyMap().get(EventMetadata.CORRELATION_ID))
                .containsExactly(deadline.getIdentifier());
        assertThat(MDC.get(EventMetadata.CORRELATION_ID)).isNull();
    }
}
