package org.casework.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.CaseworkApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;


/**
 * An HTTP test against the whole service on its embedded PostgreSQL. All such tests share one running service
 * (Spring's context cache), so each test works on its own clients and engagements.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability
public abstract class ApiTest {

    protected static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Prague"));

    @LocalServerPort
    private int port;
    @Autowired
    protected JdbcTemplate jdbc;
    protected Api anonymous;
    protected Api alice;

    @BeforeEach
    void connect() {
        anonymous = Api.at(port);
        alice = anonymous.as("alice");
    }

    protected Api as(String user) {
        return anonymous.as(user);
    }

    protected long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    protected long storedEventsOf(UUID aggregateId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregateId.toString());
    }

    protected static Map<String, Object> client(String firstName, String lastName) {
        return Map.of("firstName", firstName, "lastName", lastName, "birthDate", "1985-03-15");
    }

    protected UUID registerClient(Api as, String firstName, String lastName) {
        return as.post("/api/clients", client(firstName, lastName)).createdId();
    }

    protected UUID openEngagement(Api as, UUID clientId, LocalDate openedOn) {
        return as.post("/api/clients/" + clientId + "/engagements",
                Map.of("title", "Housing", "openedOn", openedOn.toString())).createdId();
    }

    /** A status entry as a worker sends it; null values are sent as null. */
    protected static Map<String, Object> status(String status, String effectiveDate, String reason,
                                                String reasonNote) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("effectiveDate", effectiveDate);
        body.put("reason", reason);
        body.put("reasonNote", reasonNote);
        return body;
    }

    protected static Map<String, Object> meeting(LocalDate date, int minutes) {
        return Map.of("date", date.toString(), "kind", "MEETING", "durationMinutes", minutes,
                "place", "IN_OFFICE", "record", "Talked about the rent");
    }

    /** Read models follow the event store asynchronously; waits until a read answers as expected. */
    protected JsonNode awaitJson(Api as, String path, Predicate<JsonNode> until) {
        return Eventually.json(as, path, until);
    }

    /**
     * A worker of the test's own (a user with role WORKER, password {@code <name>-password}), so the files given to
     * them make rows no other test sees; read those rows as a coordinator.
     */
    protected String newWorker(String prefix) {
        String worker = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        as("adam").post("/api/admin/users", Map.of("username", worker, "password", worker + "-password",
                "roles", List.of("WORKER"))).expect(201);
        return worker;
    }

    protected JsonNode awaitClientCard(UUID clientId) {
        return awaitJson(alice, "/api/clients/" + clientId, card -> true);
    }
}
