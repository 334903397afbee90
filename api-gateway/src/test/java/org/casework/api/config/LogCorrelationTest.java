package org.casework.api.config;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.casework.api.security.SecurityLog;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's log lines carry the correlation id of the request they are written for, the event processors
 * take it from each event, and the JSON formats (one setting, {@code logging.structured.format.console}) write it
 * and the node as fields of each line.
 */
class LogCorrelationTest extends ApiTest {

    @Autowired
    private EventProcessingConfiguration processing;
    @Value("${casework.node-id}")
    private String nodeId;
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger securityLog = (Logger) LoggerFactory.getLogger(SecurityLog.class);

    @BeforeEach
    void capture() {
        lines.start();
        securityLog.addAppender(lines);
    }

    @AfterEach
    void release() {
        securityLog.detachAppender(lines);
    }

    @Test
    void aLineWrittenForARequestCarriesItsCorrelationId() {
        String correlationId = "log-" + UUID.randomUUID();
        alice.header("X-Correlation-Id", correlationId).get("/api/admin/settings").expect(403);
        assertThat(refusals()).extracting(line -> line.getMDCPropertyMap().get("correlationId"))
                .containsExactly(correlationId);
    }

    @Test
    void everyEventProcessorPutsTheEventsCorrelationIdInTheLogContext() {
        for (String processor : List.of("read-models", "file-access", "family-automation")) {
            assertThat(processing.eventProcessor(processor, AbstractEventProcessor.class).orElseThrow()
                    .getHandlerInterceptors()).as(processor)
                    .hasAtLeastOneElementOfType(LoggedCorrelation.EventCorrelationInLog.class);
        }
    }

    @Test
    void theJsonFormatsWriteOneParsableLinePerEventWithCorrelationIdAndNode() throws Exception {
        String correlationId = "json-" + UUID.randomUUID();
        alice.header("X-Correlation-Id", correlationId).get("/api/admin/users").expect(403);
        ILoggingEvent refusal = refusals().get(0);
        for (String format : List.of("ecs", "logstash")) {
            StructuredLogEncoder encoder = new StructuredLogEncoder();
            encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            encoder.setFormat(format);
            encoder.start();
            String line = new String(encoder.encode(refusal), StandardCharsets.UTF_8);
            encoder.stop();
            assertThat(line.lines()).as(format + ": one line").hasSize(1);
            JsonNode json = new ObjectMapper().readTree(line);
            assertThat(json.path("correlationId").asText()).as(format + ": " + line).isEqualTo(correlationId);
            assertThat(json.path("nodeId").asText()).as(format + ": " + line).isEqualTo(nodeId);
            assertThat(json.path("message").asText()).as(format).startsWith("ACCESS_REFUSED user=alice");
        }
    }

    private List<ILoggingEvent> refusals() {
        return lines.list.stream().filter(line -> line.getFormattedMessage().startsWith("ACCESS_REFUSED")).toList();
    }
}
