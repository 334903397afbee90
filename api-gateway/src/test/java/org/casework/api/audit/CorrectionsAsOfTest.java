package org.casework.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.ServiceWithMovableClock;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correction keeps the original readable for the auditor: the as-of view of a day before it shows the file as it
 * was, and the event history shows the correction with who made it and why.
 */
class CorrectionsAsOfTest extends OwnServiceTest {

    private static final LocalDate DAY_1 = LocalDate.now(ServiceWithMovableClock.PRAGUE).minusDays(20);
    private static final LocalDate DAY_2 = DAY_1.plusDays(1);

    @Override
    protected LocalDate firstDay() {
        return DAY_1;
    }

    @Test
    void theAsOfViewBeforeACorrectionShowsTheOriginalAndTheHistoryShowsTheCorrection() {
        Api alice = as("alice");
        Api audrey = as("audrey");
        as("adam").put("/api/admin/settings", Map.of("statusMode", "AUTOMATIC", "contactedStateUsed", false,
                "noContactDays", 90, "consultationGapDays", 30, "openEngagementDays", 365,
                "statusSharedWithFamily", false)).expect(200);
        UUID client = alice.post("/api/clients", Map.of("firstName", "Auditní", "lastName", "Stopa",
                "birthDate", "1975-05-05")).createdId();
        String file = "/api/clients/" + client;
        UUID contract = alice.post(file + "/contracts", Map.of("number", "A-1", "signedOn", DAY_1.toString(),
                "validFrom", DAY_1.toString())).createdId();
        alice.post(file + "/statuses", Map.of("status", "REJECTED", "effectiveDate", DAY_1.toString(),
                "reason", "CAPACITY")).expect(204);

        ServiceWithMovableClock.CLOCK.moveTo(DAY_2, LocalTime.of(10, 0));
        alice.post(file + "/contracts/" + contract + "/correction", Map.of("number", "A-1/2025",
                "signedOn", DAY_1.toString(), "validFrom", DAY_1.toString(), "reason", "number mistyped"))
                .expect(204);
        alice.post(file + "/statuses/2/error", Map.of("reason", "meant for another client")).expect(204);
        ServiceWithMovableClock.CLOCK.moveTo(LocalDate.now(ServiceWithMovableClock.PRAGUE));

        JsonNode day1 = audrey.get("/api/audit/clients/" + client + "?asOf=" + DAY_1).expect(200).json();
        assertThat(day1.at("/card/contracts/0/number").asText()).isEqualTo("A-1");
        assertThat(day1.at("/card/status/status").asText()).isEqualTo("REJECTED");
        JsonNode day2 = audrey.get("/api/audit/clients/" + client + "?asOf=" + DAY_2).expect(200).json();
        assertThat(day2.at("/card/contracts/0/number").asText()).isEqualTo("A-1/2025");
        assertThat(day2.at("/card/status/status").asText()).isEqualTo("SERVICE_USER");

        JsonNode events = audrey.get("/api/audit/clients/" + client + "/events").expect(200).json();
        List<String> corrections = new ArrayList<>();
        events.get("items").forEach(event -> {
            if (event.get("type").asText().matches("ContractCorrected|StatusEnteredInError")) {
                corrections.add(event.get("type").asText() + " " + event.get("actor").asText() + " "
                        + event.at("/payload/reason").asText());
            }
        });
        assertThat(corrections).containsExactly("ContractCorrected alice number mistyped",
                "StatusEnteredInError alice meant for another client");
    }
}
