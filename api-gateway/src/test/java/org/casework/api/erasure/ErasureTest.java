package org.casework.api.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.ReadModelsCaughtUp;
import org.casework.api.support.RichFile;
import org.casework.api.support.ServiceWithMovableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GDPR erasure by crypto-shredding, on a service of its own: after erasing one of two full client files, the person's
 * name and birth number are in no table (read models, event store, snapshots, tokens, scheduler, logs of the
 * service), no search finds them, every statistic is what it was, the events still load, and the history tells who
 * erased and why.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErasureTest extends OwnServiceTest {

    private Api alice;
    private Api adam;
    private Api audrey;
    private Api stella;

    @BeforeAll
    void users() {
        alice = as("alice");
        adam = as("adam");
        audrey = as("audrey");
        stella = as("stella");
    }

    @Test
    void erasedPersonIsNowhereWhileTheFactsStay(CapturedOutput output) {
        LocalDate today = LocalDate.now(ServiceWithMovableClock.PRAGUE);
        RichFile.manualModeWithSharing(adam);
        RichFile gone = RichFile.create(alice, "Zdeňka", "Vymazalová", "1990-07-22", "905722/1008", today);
        RichFile kept = RichFile.create(alice, "Alena", "Zůstalá", "1985-03-15", "855315/1002", today);
        ReadModelsCaughtUp.await(adam);
        String statistics = statistics(today);
        assertThat(search("Vymazalová")).isEqualTo(1);
        assertThat(scan(gone)).as("before erasure the scan finds the person").isNotEmpty();

        JsonNode erasure = adam.post("/api/admin/clients/" + gone.clientId() + "/erasure",
                Map.of("reason", "GDPR request 17/2026")).expect(200).json();
        assertThat(erasure.get("erasedBy").asText()).isEqualTo("adam");
        assertThat(erasure.get("erasedOn").asText()).isEqualTo(today.toString());
        ReadModelsCaughtUp.await(adam);

        assertThat(scan(gone)).as("tables and columns still holding the erased person").isEmpty();
        assertThat(scan(kept)).as("the other person is untouched").contains("client_file", "chronology_entry");
        assertThat(output.getAll()).doesNotContain(gone.lastName(), gone.firstName(), gone.birthNumber());
        assertThat(search("Vymazalová")).isZero();
        assertThat(search("9057221008")).isZero();
        assertThat(statistics(today)).isEqualTo(statistics);

        JsonNode card = alice.get("/api/clients/" + gone.clientId()).expect(200).json();
        assertThat(card.get("name").asText()).isEqualTo("[erased]");
        assertThat(card.get("birthNumber").asText()).isEqualTo("[erased]");
        assertThat(card.get("birthDate").isNull()).isTrue();
        assertThat(card.get("erasedOn").asText()).isEqualTo(today.toString());
        assertThat(card.at("/status/status").asText()).isEqualTo("SERVICE_USER");
        assertThat(card.get("contracts")).hasSize(2);

        JsonNode history = audrey.get("/api/audit/clients/" + gone.clientId() + "/events?size=200").expect(200).json();
        JsonNode last = history.get("items").get(history.get("items").size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("ClientErased");
        assertThat(last.get("actor").asText()).isEqualTo("adam");
        assertThat(last.at("/payload/reason").asText()).isEqualTo("GDPR request 17/2026");
        assertThat(history.at("/items/0/payload/personalData/lastName").asText()).isEqualTo("[erased]");
        JsonNode consultations = audrey.get("/api/audit/engagements/" + gone.openEngagement() + "/events")
                .expect(200).json();
        assertThat(consultations.at("/items/1/payload/record").asText()).isEqualTo("[erased]");
        assertThat(consultations.at("/items/1/payload/durationMinutes").asInt()).isEqualTo(60);
        JsonNode asOf = audrey.get("/api/audit/clients/" + gone.clientId() + "?asOf=" + today).expect(200).json();
        assertThat(asOf.at("/card/lastName").asText()).isEqualTo("[erased]");

        alice.put("/api/clients/" + gone.clientId() + "/personal-data", Map.of("firstName", "Zdeňka",
                "lastName", "Vymazalová", "birthDate", "1990-07-22")).expectProblem(410);
        alice.post("/api/engagements/" + gone.openEngagement() + "/consultations", Map.of("date", today.toString(),
                "kind", "PHONE", "durationMinutes", 10, "place", "IN_OFFICE", "record", "Zdeňka called"))
                .expectProblem(410);
        adam.post("/api/admin/clients/" + gone.clientId() + "/erasure", Map.of("reason", "again"))
                .expectProblem(410);
        long events = stored(gone.clientId());
        alice.post("/api/families/" + gone.familyId() + "/statuses", Map.of("status", "SERVICE_USER",
                "effectiveDate", today.toString())).expect(204);
        assertThat(stored(gone.clientId())).as("a family status is not copied into an erased file")
                .isEqualTo(events);
        ReadModelsCaughtUp.await(adam);
        assertThat(scan(gone)).isEmpty();
    }

    @Test
    void erasureNeedsAnAdminAndAReason() {
        UUID client = alice.post("/api/clients", Map.of("firstName", "Ivo", "lastName", "Důvodný",
                "birthDate", "1970-01-01")).createdId();
        long events = stored(client);
        alice.post("/api/admin/clients/" + client + "/erasure", Map.of("reason", "x")).expectProblem(403);
        audrey.post("/api/admin/clients/" + client + "/erasure", Map.of("reason", "x")).expectProblem(403);
        adam.post("/api/admin/clients/" + client + "/erasure", Map.of("reason", " ")).expectProblem(400, "reason",
                "required");
        adam.post("/api/admin/clients/" + UUID.randomUUID() + "/erasure", Map.of("reason", "x")).expectProblem(404);
        assertThat(stored(client)).as("nothing stored").isEqualTo(events);
    }

    private long stored(UUID aggregate) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregate.toString());
    }

    private int search(String text) {
        return alice.get("/api/clients?count=true&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).expect(200).json()
                .get("total").asInt();
    }

    private String statistics(LocalDate today) {
        String period = "from=" + today.minusDays(60) + "&to=" + today;
        return stella.get("/api/statistics/indicators?" + period).expect(200).body()
                + stella.get("/api/statistics/statuses?" + period).expect(200).body();
    }

    /** Every table and column of the database (text as text, bytes as bytes) that holds the person's name or number. */
    private List<String> scan(RichFile person) {
        List<String> needles = List.of(person.firstName(), person.lastName(), person.birthNumber(),
                person.birthNumber().replace("/", ""));
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name, data_type"
                + " from information_schema.columns where table_schema = 'public'");
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = '"' + (String) column.get("column_name") + '"';
            boolean bytes = "bytea".equals(column.get("data_type"));
            for (String needle : needles) {
                String match = bytes ? "position(convert_to(?, 'UTF8') in " + name + ") > 0"
                        : "strpos(" + name + "::text, ?) > 0";
                Long rows = jdbc.queryForObject("select count(*) from " + table + " where " + match, Long.class,
                        needle);
                if (rows != null && rows > 0) {
                    found.add(table);
                    found.add(table + "." + column.get("column_name") + " has " + needle);
                }
            }
        }
        return found;
    }
}
