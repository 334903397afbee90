package org.casework.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.ReadModelsCaughtUp;
import org.casework.api.support.ServiceWithMovableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client file as the service knew it at the end of a past day: a service of its own whose clock walks through
 * three days, recording something each day, including a backdated status entry the earlier days did not know.
 */
class AsOfTest extends OwnServiceTest {

    private static final LocalDate DAY_1 = LocalDate.now(ServiceWithMovableClock.PRAGUE).minusDays(30);
    private static final LocalDate DAY_2 = DAY_1.plusDays(1);
    private static final LocalDate DAY_3 = DAY_1.plusDays(2);

    private Api alice;
    private Api audrey;
    private Api adam;

    @Override
    protected LocalDate firstDay() {
        return DAY_1;
    }

    @BeforeAll
    void users() {
        alice = as("alice");
        audrey = as("audrey");
        adam = as("adam");
    }

    @Test
    void clientFileAsItStoodAtTheEndOfEachDay() {
        adam.put("/api/admin/settings", Map.of("statusMode", "MANUAL", "contactedStateUsed", true,
                "noContactDays", 90, "consultationGapDays", 30, "openEngagementDays", 365,
                "statusSharedWithFamily", false)).expect(200);
        UUID client = alice.post("/api/clients", Map.of("firstName", "Olga", "lastName", "Dřívější",
                "birthDate", "1975-05-05")).createdId();
        String file = "/api/clients/" + client;
        alice.post(file + "/statuses", Map.of("status", "APPLICANT", "effectiveDate", DAY_1.toString())).expect(204);

        ServiceWithMovableClock.CLOCK.moveTo(DAY_2, LocalTime.of(23, 59, 30));
        alice.post(file + "/contracts", Map.of("number", "A-1", "signedOn", DAY_2.toString(),
                "validFrom", DAY_2.toString())).createdId();
        alice.post(file + "/statuses", Map.of("status", "SERVICE_USER", "effectiveDate", DAY_2.toString()))
                .expect(204);
        alice.put(file + "/plan", Map.of("validFrom", DAY_2.toString(), "reviewDue", DAY_2.plusMonths(3).toString(),
                "goals", List.of("A job"))).expect(204);
        UUID engagement = alice.post(file + "/engagements", Map.of("title", "Work", "openedOn", DAY_2.toString()))
                .createdId();

        ServiceWithMovableClock.CLOCK.moveTo(DAY_3, LocalTime.of(0, 0, 30));
        alice.put(file + "/personal-data", Map.of("firstName", "Olga", "lastName", "Pozdější",
                "birthDate", "1975-05-05")).expect(204);
        alice.post("/api/engagements/" + engagement + "/consultations", Map.of("date", DAY_3.toString(),
                "kind", "MEETING", "durationMinutes", 30, "place", "IN_OFFICE")).expect(201);
        // backdated: only on day 3 is it written down that the first contact was on day 1
        alice.post(file + "/statuses", Map.of("status", "CONTACTED", "effectiveDate", DAY_1.toString()))
                .expect(204);
        ServiceWithMovableClock.CLOCK.moveTo(LocalDate.now(ServiceWithMovableClock.PRAGUE));

        JsonNode day1 = asOf(client, DAY_1);
        assertThat(day1.at("/card/lastName").asText()).isEqualTo("Dřívější");
        assertThat(day1.at("/card/status/status").asText()).isEqualTo("APPLICANT");
        assertThat(day1.at("/card/contracts")).isEmpty();
        assertThat(day1.at("/card/plan").isNull()).isTrue();
        assertThat(day1.get("engagements")).isEmpty();
        assertThat(day1.at("/card/colour").asText()).isNotBlank();

        JsonNode day2 = asOf(client, DAY_2);
        assertThat(day2.at("/card/lastName").asText()).isEqualTo("Dřívější");
        assertThat(day2.at("/card/status/status").asText()).isEqualTo("SERVICE_USER");
        assertThat(day2.at("/card/contracts/0/number").asText()).isEqualTo("A-1");
        assertThat(day2.at("/card/plan/goals/0").asText()).isEqualTo("A job");
        assertThat(day2.at("/card/colour").asText()).isEqualTo("GREEN");
        assertThat(day2.at("/engagements/0/title").asText()).isEqualTo("Work");
        assertThat(day2.at("/engagements/0/consultations").asInt()).isZero();

        JsonNode day3 = asOf(client, DAY_3);
        assertThat(day3.at("/card/lastName").asText()).isEqualTo("Pozdější");
        assertThat(day3.at("/engagements/0/consultations").asInt()).isEqualTo(1);
        assertThat(day3.get("events").asInt()).isGreaterThan(day2.get("events").asInt());
        assertThat(day3.at("/card/status/status").asText()).isEqualTo("SERVICE_USER");
        assertThat(day2.toString()).doesNotContain("CONTACTED");

        ReadModelsCaughtUp.await(adam);
        JsonNode now = alice.get(file).expect(200).json();
        JsonNode today = asOf(client, LocalDate.now(ServiceWithMovableClock.PRAGUE)).get("card");
        assertThat(today).as("as of today is the live card").isEqualTo(now);
    }

    @Test
    void asOfNeedsADayNotInTheFutureAndAFileKnownThen() {
        UUID client = alice.post("/api/clients", Map.of("firstName", "Max", "lastName", "Budoucí",
                "birthDate", "1980-01-01")).createdId();
        LocalDate today = LocalDate.now(ServiceWithMovableClock.PRAGUE);
        audrey.get("/api/audit/clients/" + client + "?asOf=" + today.plusDays(1))
                .expectProblem(400, "asOf", "not-in-future");
        audrey.get("/api/audit/clients/" + client).expectProblem(400, "asOf", "required");
        audrey.get("/api/audit/clients/" + client + "?asOf=" + DAY_1.minusDays(1)).expectProblem(404);
        alice.get("/api/audit/clients/" + client + "?asOf=" + today).expectProblem(403);
    }

    private JsonNode asOf(UUID client, LocalDate day) {
        return audrey.get("/api/audit/clients/" + client + "?asOf=" + day).expect(200).json();
    }
}
