package org.casework.api.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casework.api.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One setting, {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}, turns the service's output into JSON lines, from
 * its start to its stop, each naming its node and, when written for a request, the request's correlation id.
 */
class JsonLogsTest {

    @TempDir
    Path dataDirectory;
    @TempDir
    Path logDirectory;

    @Test
    void everyLineOfTheOutputIsJsonWithNodeAndCorrelationId() throws Exception {
        Path log = logDirectory.resolve("service.log");
        String correlationId = "json-log-" + UUID.randomUUID();
        ServiceProcess service = ServiceProcess.start(dataDirectory, log,
                Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs", "CASEWORK_NODE_ID", "json-node"));
        try {
            service.api().as("alice").header("X-Correlation-Id", correlationId).get("/api/admin/settings")
                    .expect(403);
        } finally {
            service.process().destroy();
            assertThat(service.process().waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
        }

        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (!line.isBlank()) {
                lines.add(mapper.readTree(line));
            }
        }
        assertThat(lines).as("lines of the output").hasSizeGreaterThan(10)
                .allSatisfy(line -> assertThat(line.path("nodeId").asText()).as(line.toString())
                        .isEqualTo("json-node"));
        assertThat(lines).filteredOn(line -> line.path("message").asText().startsWith("ACCESS_REFUSED"))
                .extracting(line -> line.path("correlationId").asText())
                .containsExactly(correlationId);
    }
}
