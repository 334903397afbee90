package org.casework.api.duplicates;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.Eventually;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, item 2: one file per birth number (race-safe, the holder named only to who may see it), the soft check
 * by name and birth date, and the list of numbers shared by files from before the rule. A service of its own with
 * the default settings (the shared test service lets similar names through).
 */
class DuplicatesApiTest extends OwnServiceTest {

    private static final int CALLERS = 16;

    @Override
    protected String[] serviceArguments() {
        return new String[] {"--casework.duplicates.similar-names=refuse"};
    }

    private static Map<String, Object> person(String firstName, String lastName, String birthDate, String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("birthDate", birthDate);
        if (number != null) {
            body.put("birthNumber", number);
        }
        return body;
    }

    private long registrations() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%.ClientRegistered'",
                Long.class);
    }

    private long claims() {
        return jdbc.queryForObject("select count(*) from client_birth_number", Long.class);
    }

    @Test
    void sixteenConcurrentRegistrationsOfOneBirthNumberGiveExactlyOneFile() throws Exception {
        long registrationsBefore = registrations();
        long claimsBefore = claims();
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                Api worker = as(i % 2 == 0 ? "alice" : "bob");
                String number = i % 3 == 0 ? "9003151234" : "900315/1234";
                answers.add(pool.submit(() -> {
                    start.await();
                    return worker.post("/api/clients", person("Petr", "Souběžný", "1990-03-15", number));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                statuses.add(response.status());
                if (response.status() == 409) {
                    response.expectProblem(409, "birthNumber", "duplicate-birth-number");
                }
            }
            assertThat(statuses.stream().filter(s -> s == 201).count()).as("created").isEqualTo(1);
            assertThat(statuses.stream().filter(s -> s == 409).count()).as("refused").isEqualTo(CALLERS - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(registrations() - registrationsBefore).as("files stored").isEqualTo(1);
        assertThat(claims() - claimsBefore).isEqualTo(1);
    }

    @Test
    void theHolderIsNamedToItsWorkerAndACoordinatorButNotToAWorkerWhoCannotSeeIt() {
        UUID holder = as("alice").post("/api/clients", person("Eva", "Držitelka", "1985-01-01", "855101/0006"))
                .createdId();

        JsonNode toAlice = as("alice").post("/api/clients", person("Eva", "Jiná", "1985-01-01", "8551010006"))
                .expectProblem(409, "birthNumber", "duplicate-birth-number").json();
        assertThat(toAlice.get("type").asText()).isEqualTo("urn:casework:problem:conflict");
        assertThat(toAlice.get("existingClientId").asText()).isEqualTo(holder.toString());

        JsonNode toCarol = as("carol").post("/api/clients", person("Eva", "Jiná", "1985-01-01", "855101/0006"))
                .expectProblem(409, "birthNumber", "duplicate-birth-number").json();
        assertThat(toCarol.get("existingClientId").asText()).isEqualTo(holder.toString());

        Response toBob = as("bob").post("/api/clients", person("Eva", "Jiná", "1985-01-01", "855101/0006"))
                .expectProblem(409, "birthNumber", "duplicate-birth-number");
        assertThat(toBob.json().has("existingClientId")).isFalse();
        assertThat(toBob.body()).doesNotContain(holder.toString()).contains("ask a coordinator");
    }

    @Test
    void aPersonalDataUpdateToAHeldNumberIsRefusedAndStoresNothing() {
        UUID holder = as("alice").post("/api/clients", person("Jan", "První", "1985-01-01", "855101/0017"))
                .createdId();
        UUID other = as("bob").post("/api/clients", person("Jan", "Druhý", "1985-01-01", null)).createdId();
        long before = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, other.toString());

        Response refused = as("bob").put("/api/clients/" + other + "/personal-data",
                person("Jan", "Druhý", "1985-01-01", "855101/0017"))
                .expectProblem(409, "birthNumber", "duplicate-birth-number");
        assertThat(refused.body()).doesNotContain(holder.toString());
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, other.toString())).isEqualTo(before);

        as("alice").put("/api/clients/" + holder + "/personal-data",
                person("Jan", "První", "1985-01-01", "855101/0028")).expect(204);
        as("bob").put("/api/clients/" + other + "/personal-data",
                person("Jan", "Druhý", "1985-01-01", "855101/0017")).expect(204);
    }

    @Test
    void anErasedFileLetsItsNumberGo() {
        UUID erased = as("alice").post("/api/clients", person("Olga", "Smazaná", "1985-01-01", "855101/0039"))
                .createdId();
        as("adam").post("/api/admin/clients/" + erased + "/erasure", Map.of("reason", "request 1/2026"))
                .expect(200);

        as("alice").post("/api/clients", person("Olga", "Nová", "1985-01-01", "855101/0039")).expect(201);
    }

    @Test
    void aSimilarNameAndBirthDateWithoutANumberAnswersTheCandidatesUnlessConfirmedDistinct() {
        UUID first = as("alice").post("/api/clients", person("Zdeněk", "Dvořák", "1971-07-07", null)).createdId();
        Eventually.json(as("carol"), "/api/clients/" + first, card -> true);

        JsonNode toAlice = as("alice").post("/api/clients", person("ZDENEK", "dvorak", "1971-07-07", null))
                .expectProblem(409, "confirmedDistinct", "possible-duplicate").json();
        assertThat(toAlice.get("candidates").toString()).isEqualTo("[\"" + first + "\"]");
        assertThat(toAlice.get("hiddenCandidates").asInt()).isZero();

        JsonNode toBob = as("bob").post("/api/clients", person("Zdeněk", "Dvořák", "1971-07-07", null))
                .expectProblem(409, "confirmedDistinct", "possible-duplicate").json();
        assertThat(toBob.get("candidates").size()).isZero();
        assertThat(toBob.get("hiddenCandidates").asInt()).isEqualTo(1);

        as("alice").post("/api/clients", person("Zdeněk", "Dvořák", "1971-07-08", null)).expect(201);
        Map<String, Object> confirmed = person("Zdeněk", "Dvořák", "1971-07-07", null);
        confirmed.put("confirmedDistinct", true);
        UUID second = as("bob").post("/api/clients", confirmed).createdId();

        JsonNode history = as("audrey").get("/api/audit/clients/" + second + "/events").expect(200).json();
        JsonNode confirmation = history.get("items").get(1);
        assertThat(confirmation.get("type").asText()).isEqualTo("DistinctPersonConfirmed");
        assertThat(confirmation.at("/payload/similarClientIds").toString()).isEqualTo("[\"" + first + "\"]");
        assertThat(confirmation.get("actor").asText()).isEqualTo("bob");
    }

    @Test
    void badInputIsRefusedAndStoresNothing() {
        long before = registrations();
        Map<String, Object> body = person("Ada", "Vstupní", "1980-01-01", null);
        body.put("confirmedDistinct", "yes");
        as("alice").post("/api/clients", body).expectProblem(400, "confirmedDistinct", "type");
        body.put("confirmedDistinct", 1);
        as("alice").post("/api/clients", body).expectProblem(400, "confirmedDistinct", "type");
        as("alice").post("/api/clients", person("Ada", "Vstupní", "1990-03-15", "900315/1239"))
                .expectProblem(422, "birthNumber", "birth-number-check-digit");
        assertThat(registrations()).isEqualTo(before);

        as("alice").get("/api/duplicates").expectProblem(403);
        as("audrey").get("/api/duplicates").expectProblem(403);
        as("carol").post("/api/duplicates", "{}").expectProblem(405);
    }

    @Test
    void filesFromBeforeTheRuleClaimTheirNumberEarliestFirstAndTheRestAreListedForCoordinators() {
        Map<String, Object> first = person("Karel", "Starý", "1985-01-01", "855101/0040");
        first.put("registeredOn", today().minusYears(2).toString());
        UUID earlier = as("alice").post("/api/clients", first).createdId();
        // as a store from before issue 20: no claims, and a second file with the same number
        jdbc.update("delete from client_birth_number");
        jdbc.update("delete from birth_number_claims_filled");
        UUID later = as("bob").post("/api/clients", person("Karel", "Starší", "1985-01-01", "8551010040"))
                .createdId();
        jdbc.update("delete from client_birth_number");
        Eventually.json(as("carol"), "/api/clients/" + later, card -> true);

        service.getBean(BirthNumberClaimsFill.class).fill();

        assertThat(jdbc.queryForList("select client_id from client_birth_number", UUID.class)).contains(earlier)
                .doesNotContain(later);
        JsonNode listed = as("carol").get("/api/duplicates").expect(200).json();
        assertThat(listed.get("items").toString())
                .contains("{\"clientIds\":[\"" + earlier + "\",\"" + later + "\"]}");
        as("dana").get("/api/duplicates").expect(200);
        as("alice").post("/api/clients", person("Karel", "Třetí", "1985-01-01", "855101/0040"))
                .expectProblem(409, "birthNumber", "duplicate-birth-number");
    }
}
