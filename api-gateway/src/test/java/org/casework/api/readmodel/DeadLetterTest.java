package org.casework.api.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.casework.api.support.Api;
import org.casework.api.support.Eventually;
import org.casework.api.support.OwnServiceTest;
import org.casework.domain.client.Address;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.PersonalData;
import org.casework.domain.client.PersonalDataUpdated;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One event a read model cannot apply waits as a dead letter with its file's later events behind it; every other file
 * keeps flowing; the dead letter is shown, counted and makes health DEGRADED; an administrator retries or evicts it;
 * and no personal data of it reaches the log. Own service: dead letters and health are the whole service's.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterTest extends OwnServiceTest {

    private static final String READ_MODEL = "read-models";
    private static final String DEAD_LETTERS = "/api/admin/projections/" + READ_MODEL + "/dead-letters";
    /** A name PostgreSQL refuses to store (0x00 in text), with personal data to look for in the log. */
    private static final PersonalData POISONED = new PersonalData("Jaro\u0000slava", "Otrávená", null, null,
            LocalDate.of(1977, 7, 7), "775707/1234", "Nulovice nad Jedem",
            new Addresses(new Address("Jedovatá", "13", "Nulov", "66613"), null, null),
            new Contacts(null, "+420 777 666 555", "jaroslava@otravena.example"));
    private static final List<String> PERSONAL_VALUES = List.of("slava", "Otrávená", "1977-07-07", "775707",
            "Nulovice", "Jedovatá", "Nulov", "66613", "777 666 555", "otravena.example");

    private Api adam;
    private Api alice;

    @BeforeAll
    void users() {
        adam = as("adam");
        alice = as("alice");
    }

    @AfterEach
    void noDeadLettersLeft() {
        noFault();
        for (JsonNode letter : adam.get(DEAD_LETTERS).expect(200).json().get("shown")) {
            adam.send("DELETE", DEAD_LETTERS + "/" + letter.get("file").asText(), null);
        }
    }

    private void noFault() {
        jdbc.execute("drop trigger if exists test_fault on client_file");
    }

    @Test
    void aPoisonedFileWaitsWhileEveryOtherFileFlowsAndNothingPersonalIsLogged(CapturedOutput output) {
        UUID before = register("Před", "Otravou");
        awaitCard(before);
        UUID poisoned = UUID.randomUUID();
        EventStore events = service.getBean(EventStore.class);
        events.publish(new GenericDomainEventMessage<>("Client", poisoned.toString(), 0,
                new ClientRegistered(poisoned, POISONED, "alice", today())));
        events.publish(new GenericDomainEventMessage<>("Client", poisoned.toString(), 1,
                new PersonalDataUpdated(poisoned, POISONED)));
        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            others.add(register("Další" + i, "Plynoucí"));
        }

        others.forEach(this::awaitCard); // 12 files over 4 segments: some share the poisoned file's segment
        List<JsonNode> letters = awaitLettersOf(poisoned, 2);
        assertThat(adam.get(DEAD_LETTERS).expect(200).json().get("sequences").asLong()).isEqualTo(1);
        JsonNode first = letters.get(0);
        assertThat(first.get("file").asText()).isEqualTo(poisoned.toString());
        assertThat(first.get("eventType").asText()).isEqualTo("ClientRegistered");
        assertThat(first.get("globalIndex").asLong()).isPositive();
        assertThat(first.get("enqueuedAt").asText()).isNotBlank();
        assertThat(first.get("causeMessage").asText()).contains("22021").contains("0x00");
        assertThat(letters.get(1).get("eventType").asText()).isEqualTo("PersonalDataUpdated");
        alice.get("/api/clients/" + poisoned).expect(404);
        assertThat(adam.get("/actuator/prometheus").expect(200).body())
                .contains("casework_read_model_dead_letters{read_model=\"read-models\"} 2.0")
                .contains("casework_read_model_dead_letters{read_model=\"family-automation\"} 0.0");
        JsonNode health = adam.get("/actuator/health").expect(200).json();
        assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.at("/components/readModels/details/reason").asText()).contains("read-models");
        assertThat(anonymous().get("/actuator/health/liveness").expect(200).json().get("status").asText())
                .isEqualTo("UP");
        assertThat(anonymous().get("/actuator/health/readiness").expect(200).json().get("status").asText())
                .isEqualTo("UP");
        String stored = jdbc.queryForObject("select string_agg(encode(payload, 'escape') || cause_message, ' ')"
                + " from dead_letter_entry", String.class);
        assertThat(stored).contains("enc:v1:").doesNotContain("Otrávená", "Jedovatá", "1977-07-07");

        adam.send("DELETE", DEAD_LETTERS + "/" + poisoned, null).expect(204);
        awaitLettersOf(poisoned, 0);
        assertThat(adam.get("/actuator/health").expect(200).json().get("status").asText()).isEqualTo("UP");
        alice.get("/api/clients/" + poisoned).expect(404);
        for (String value : PERSONAL_VALUES) {
            assertThat(output.getAll()).as("the log holds " + value).doesNotContain(value);
        }
    }

    @Test
    void aFixedFaultIsRetriedAndTheFileCatchesUpInOrder() {
        fault("Poruchová");
        UUID faulty = register("Pavla", "Poruchová");
        alice.put("/api/clients/" + faulty + "/personal-data",
                Map.of("firstName", "Pavla", "lastName", "Opravená", "birthDate", "1985-03-15")).expect(204);
        UUID other = register("Ostatní", "Plynoucí");
        awaitCard(other);
        List<JsonNode> letters = awaitLettersOf(faulty, 3); // registered, its automatic status, the update
        assertThat(letters.stream().map(letter -> letter.get("eventType").asText()))
                .containsExactly("ClientRegistered", "StatusRecorded", "PersonalDataUpdated");
        assertThat(letters.get(0).get("causeMessage").asText()).isEqualTo("PSQLException P0001: ERROR: test fault");
        assertThat(adam.get("/actuator/health").expect(200).json().get("status").asText()).isEqualTo("DEGRADED");

        JsonNode retried = adam.post(DEAD_LETTERS + "/retry", "").expect(200).json();
        assertThat(retried.get("cleared").asInt()).isZero();
        assertThat(Instant.parse(awaitLettersOf(faulty, 3).get(0).get("lastTried").asText()))
                .isAfter(Instant.parse(letters.get(0).get("lastTried").asText())); // failed again: kept
        noFault();
        JsonNode retry = adam.post(DEAD_LETTERS + "/" + faulty + "/retry", "").expect(200).json();
        assertThat(retry.get("cleared").asInt()).isEqualTo(1);
        assertThat(retry.get("remaining").asLong()).isZero();
        assertThat(awaitCard(faulty).get("lastName").asText()).isEqualTo("Opravená");
        assertThat(adam.get("/actuator/health").expect(200).json().get("status").asText()).isEqualTo("UP");
        adam.post(DEAD_LETTERS + "/" + faulty + "/retry", "").expectProblem(404);
    }

    @Test
    void aReplayClearsDeadLettersAndAppliesTheirEventsAgain() {
        fault("Přehraná");
        UUID faulty = register("Petra", "Přehraná");
        awaitLettersOf(faulty, 2);
        noFault();
        adam.post("/api/admin/projections/" + READ_MODEL + "/replay", "").expect(202);
        awaitLettersOf(faulty, 0);
        assertThat(awaitCard(faulty).get("lastName").asText()).isEqualTo("Přehraná");
    }

    @Test
    void anEventOneReadModelCannotApplyIsAppliedToNoneUntilItIsRetriedAndThenToEachOnce() {
        UUID client = register("Petr", "Souběžný");
        UUID engagement = alice.post("/api/clients/" + client + "/engagements",
                Map.of("title", "Dluhy", "openedOn", today().toString())).createdId();
        Eventually.json(alice, "/api/engagements/" + engagement, summary -> true);
        fault("Souběžný"); // the client file refuses the consultation's update; engagements and chronology would not
        alice.post("/api/engagements/" + engagement + "/consultations", Map.of("date", today().toString(),
                "kind", "MEETING", "durationMinutes", 30, "place", "IN_OFFICE")).expect(201);
        awaitLettersOf(client, 1);
        assertThat(jdbc.queryForObject("select consultation_count from engagement_view where id = ?", Integer.class,
                engagement)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from chronology_entry where engagement_id = ?",
                Integer.class, engagement)).isZero();

        noFault();
        adam.post(DEAD_LETTERS + "/" + client + "/retry", "").expect(200);
        awaitLettersOf(client, 0);
        assertThat(jdbc.queryForObject("select consultation_count from engagement_view where id = ?", Integer.class,
                engagement)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from chronology_entry where engagement_id = ?",
                Integer.class, engagement)).isOne();
        assertThat(awaitCard(client).get("lastContactOn").asText()).isEqualTo(today().toString());
    }

    @Test
    void onlyAdministratorsSeeRetryAndEvictDeadLetters() {
        alice.get("/api/admin/projections/" + READ_MODEL + "/dead-letters").expect(403);
        alice.post("/api/admin/projections/" + READ_MODEL + "/dead-letters/retry", "").expect(403);
        anonymous().send("DELETE", "/api/admin/projections/" + READ_MODEL + "/dead-letters/x", null).expect(401);
        adam.get("/api/admin/projections/file-access/dead-letters").expectProblem(404);
        adam.get("/api/admin/projections/nothing/dead-letters").expectProblem(404);
        adam.send("DELETE", "/api/admin/projections/" + READ_MODEL + "/dead-letters/" + UUID.randomUUID(), null)
                .expectProblem(404);
    }

    @Test
    void theLineOfADeadLetterCarriesTheCorrelationIdOfTheRequestThatStoredItsEvent(CapturedOutput output) {
        fault("Sledovaná");
        String correlationId = "dead-letter-" + UUID.randomUUID();
        UUID file = alice.header("X-Correlation-Id", correlationId).post("/api/clients", Map.of("firstName", "Kora",
                "lastName", "Sledovaná", "birthDate", "1985-03-15")).createdId();
        awaitLettersOf(file, 2); // registered, and its automatic status queued behind it
        List<String> lines = output.getAll().lines().filter(line -> line.contains(" [" + correlationId + "] "))
                .toList();
        assertThat(lines).filteredOn(line -> line.contains("could not apply event")).as("the dead letter").hasSize(1);
        assertThat(lines).filteredOn(line -> line.contains("is added to the dead-letter queue"))
                .as("the event queued behind it").hasSize(1);
    }

    /** A fault the database raises for one client's row until {@link #noFault()} drops it. */
    private void fault(String lastName) {
        jdbc.execute("create or replace function test_fault() returns trigger language plpgsql as $$ begin"
                + " if new.last_name = '" + lastName + "' then raise exception 'test fault'; end if;"
                + " return new; end $$");
        jdbc.execute("create trigger test_fault before insert or update on client_file"
                + " for each row execute function test_fault()");
    }

    private UUID register(String firstName, String lastName) {
        return alice.post("/api/clients", Map.of("firstName", firstName, "lastName", lastName,
                "birthDate", "1985-03-15")).createdId();
    }

    private JsonNode awaitCard(UUID clientId) {
        return Eventually.json(alice, "/api/clients/" + clientId, card -> true);
    }

    private List<JsonNode> awaitLettersOf(UUID file, int letters) {
        JsonNode summary = Eventually.json(adam, DEAD_LETTERS, all -> lettersOf(all, file).size() == letters);
        return lettersOf(summary, file);
    }

    private static List<JsonNode> lettersOf(JsonNode summary, UUID file) {
        List<JsonNode> letters = new ArrayList<>();
        summary.get("shown").forEach(letter -> {
            if (letter.get("file").asText().equals(file.toString())) {
                letters.add(letter);
            }
        });
        return letters;
    }

    private Api anonymous() {
        return Api.at(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
    }

}
