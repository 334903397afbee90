package org.casework.api.care;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.CareEntries;
import org.casework.api.support.Eventually;
import org.casework.api.support.ServiceWithMovableClock;
import org.casework.api.support.ServiceWithMovableClock.MovableClock;
import org.casework.query.care.KeptColours;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overviews keep each file's colour until the day it may change. Day by day, as contracts start and end and
 * plans fall due, the answers (every colour filter, each row's colour and explanation, the discrepancies) are the
 * same whether read from kept colours out of date, from colours computed on the fly for files not coloured, or
 * after the recolouring has coloured every file anew; and after it no file's colour is due.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeptColoursTest {

    static final MovableClock CLOCK = ServiceWithMovableClock.CLOCK;
    static final LocalDate T0 = LocalDate.now(ServiceWithMovableClock.PRAGUE);
    static final String WORKER = "colour-worker";
    static final List<String> COLOURS = List.of("GREY", "YELLOW", "GREEN", "ORANGE", "BLUE", "RED", "BLACK");

    @TempDir
    static Path dataDirectory;
    private ConfigurableApplicationContext service;
    private Api carol;
    private JdbcTemplate sql;
    private List<KeptColours> keptColours;

    @BeforeAll
    void start() {
        CLOCK.moveTo(T0);
        service = ServiceWithMovableClock.start(dataDirectory);
        carol = ServiceWithMovableClock.api(service, "carol");
        sql = service.getBean(JdbcTemplate.class);
        keptColours = List.copyOf(service.getBeansOfType(KeptColours.class).values());
        Api adam = ServiceWithMovableClock.api(service, "adam");
        adam.post("/api/admin/users", Map.of("username", WORKER, "password", WORKER + "-password",
                "roles", List.of("WORKER"))).expect(201);
        adam.put("/api/admin/settings", Map.of("statusMode", "MANUAL",
                "contactedStateUsed", false, "noContactDays", 90, "consultationGapDays", 30,
                "openEngagementDays", 365, "statusSharedWithFamily", false)).expect(200);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void keptColoursChangeOnTheirDayAndAgreeWithColoursComputedOnTheFly() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("waiting applicant", client("Čekající"));
        String admitted = client("Přijatý");
        contract(admitted, "K-1", T0.minusDays(10), null);
        files.put("applicant with a contract", admitted);
        String expiring = client("Končící");
        status(expiring, "SERVICE_USER", T0.minusDays(30), null);
        contract(expiring, "K-2", T0.minusDays(30), T0.plusDays(2));
        plan(expiring, T0.minusDays(30), T0.plusDays(5));
        files.put("contract ends on T0+2", expiring);
        String starting = client("Začínající");
        status(starting, "SERVICE_USER", T0.minusDays(3), null);
        contract(starting, "K-3", T0.plusDays(4), null);
        files.put("contract starts on T0+4", starting);
        String ended = client("Ukončený");
        contract(ended, "K-4", T0.minusDays(40), T0.minusDays(5));
        status(ended, "REJECTED", T0.minusDays(4), "CLIENT_DECISION");
        files.put("rejected", ended);
        String suspended = client("Přerušený");
        status(suspended, "SERVICE_USER", T0.minusDays(9), null);
        contract(suspended, "K-6", T0.minusDays(9), null);
        status(suspended, "SUSPENDED", T0.minusDays(2), null);
        files.put("suspended", suspended);
        String family = "/api/families/" + carol.post("/api/families", Map.of("name", "Rodina Barevná",
                "responsibleWorker", WORKER, "createdOn", T0.minusDays(60).toString())).createdId();
        status(family, "SERVICE_USER", T0.minusDays(20), null);
        contract(family, "K-5", T0.minusDays(20), null);
        plan(family, T0.minusDays(20), T0.plusDays(1));
        files.put("family plan due on T0+1", family);

        Eventually.asserted(() -> assertThat(colours(files)).containsExactly(
                "YELLOW", "RED", "GREEN", "RED", "BLACK", "BLUE", "GREEN"));
        assertThat(sql.queryForObject("select count(*) from scheduled_tasks where task_name = ?", Long.class,
                Recolouring.TASK)).as("the daily task is scheduled").isEqualTo(1);

        for (int day = 0; day <= 6; day++) {
            LocalDate today = T0.plusDays(day);
            CLOCK.moveTo(today);
            Map<String, JsonNode> kept = answers();
            sql.update("update client_file set colour = null");
            sql.update("update family_file set colour = null");
            assertThat(answers()).as("computed on the fly on %s", today).isEqualTo(kept);
            Recolouring.recolour(keptColours, today);
            assertThat(answers()).as("coloured anew on %s", today).isEqualTo(kept);
            assertThat(sql.queryForObject("select count(*) from client_file where colour is null"
                    + " or colour_until <= ? or coloured_on > ?", Long.class, today, today)).isZero();
            if (day == 2) {
                assertThat(colours(files)).containsExactly("YELLOW", "RED", "GREEN", "RED", "BLACK", "BLUE", "ORANGE");
            }
            if (day == 3) {
                assertThat(colours(files)).containsExactly("YELLOW", "RED", "RED", "RED", "BLACK", "BLUE", "ORANGE");
                assertThat(sql.queryForObject("select red_since from client_file where id = ?", LocalDate.class,
                        id(expiring))).isEqualTo(T0.plusDays(3));
            }
            if (day == 4) {
                assertThat(colours(files)).containsExactly("YELLOW", "RED", "RED", "ORANGE", "BLACK", "BLUE",
                        "ORANGE");
            }
        }
    }

    /** Every answer that shows colours: each colour's overview page, of clients and families, and discrepancies. */
    private Map<String, JsonNode> answers() {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String colour : COLOURS) {
            answers.put("clients " + colour, carol.get("/api/clients?size=200&worker=" + WORKER + "&colour=" + colour)
                    .expect(200).json().get("items"));
            answers.put("families " + colour, carol.get("/api/families?size=200&worker=" + WORKER + "&colour="
                    + colour).expect(200).json().get("items"));
        }
        answers.put("discrepancies", carol.get("/api/discrepancies?size=200&worker=" + WORKER).expect(200).json()
                .get("items"));
        return answers;
    }

    private List<String> colours(Map<String, String> files) {
        Map<String, String> byId = new HashMap<>();
        carol.get("/api/clients?size=200&worker=" + WORKER).expect(200).json().get("items")
                .forEach(row -> byId.put(row.get("id").asText(), row.get("colour").asText()));
        carol.get("/api/families?size=200&worker=" + WORKER).expect(200).json().get("items")
                .forEach(row -> byId.put(row.get("id").asText(), row.get("colour").asText()));
        return files.values().stream().map(path -> byId.get(id(path).toString())).toList();
    }

    private String client(String lastName) {
        return "/api/clients/" + carol.post("/api/clients", Map.of("firstName", "Jana", "lastName", lastName,
                "birthDate", "1980-01-01", "registeredOn", T0.minusDays(60).toString(),
                "responsibleWorker", WORKER)).createdId();
    }

    private void status(String file, String status, LocalDate effectiveDate, String reason) {
        CareEntries.status(carol, file, status, effectiveDate, reason);
    }

    private void contract(String file, String number, LocalDate validFrom, LocalDate validTo) {
        CareEntries.contract(carol, file, number, validFrom.isAfter(T0) ? T0 : validFrom, validFrom, validTo);
    }

    private void plan(String file, LocalDate validFrom, LocalDate reviewDue) {
        CareEntries.plan(carol, file, validFrom, reviewDue);
    }

    private static UUID id(String path) {
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }
}
