package org.casework.api.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.ApiTest;
import org.casework.api.support.BirthNumbers;
import org.casework.api.support.Response;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ClientApiTest extends ApiTest {

    private static Map<String, Object> fullClient() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", "Jana");
        body.put("lastName", "Dvořáková");
        body.put("titleBefore", "Mgr.");
        body.put("birthDate", "1985-01-01");
        body.put("birthNumber", BirthNumbers.next("855101").replace("/", ""));
        body.put("birthPlace", "Brno");
        body.put("addresses", Map.of("permanent",
                Map.of("street", "Dlouhá", "houseNumber", "12", "city", "Praha", "postalCode", "110 00")));
        body.put("contacts", Map.of("mobile", "+420 601 234 567", "email", "jana@example.cz"));
        return body;
    }

    /** The number as the card shows it: normalised with the slash. */
    private static String slashed(Map<String, Object> body) {
        String digits = (String) body.get("birthNumber");
        return digits.substring(0, 6) + "/" + digits.substring(6);
    }

    @Test
    void registeredClientHasACard() {
        Map<String, Object> body = fullClient();
        Response created = alice.post("/api/clients", body);
        UUID id = created.createdId();
        assertThat(created.header("Location")).isEqualTo("/api/clients/" + id);

        JsonNode card = awaitClientCard(id);
        assertThat(card.get("name").asText()).isEqualTo("Mgr. Jana Dvořáková");
        assertThat(card.get("birthNumber").asText()).isEqualTo(slashed(body));
        assertThat(card.at("/addresses/permanent/city").asText()).isEqualTo("Praha");
        assertThat(card.at("/addresses/actual").isNull()).isTrue();
        assertThat(card.at("/contacts/email").asText()).isEqualTo("jana@example.cz");
        assertThat(card.get("responsibleWorker").asText()).isEqualTo("alice");
        assertThat(card.get("registeredOn").asText()).isEqualTo(TODAY.toString());
    }

    @Test
    void registrationMayNameTheResponsibleWorkerAndABackdatedFirstContact() {
        Map<String, Object> body = new LinkedHashMap<>(fullClient());
        body.put("responsibleWorker", "bob");
        body.put("registeredOn", TODAY.minusMonths(2).toString());
        UUID id = alice.post("/api/clients", body).createdId();

        JsonNode card = awaitJson(as("bob"), "/api/clients/" + id, c -> true);
        assertThat(card.get("responsibleWorker").asText()).isEqualTo("bob");
        assertThat(card.get("registeredOn").asText()).isEqualTo(TODAY.minusMonths(2).toString());
    }

    @Test
    void personalDataIsReplacedByAnUpdate() {
        UUID id = registerClient(alice, "Jana", "Nováková");
        Map<String, Object> corrected = new LinkedHashMap<>(fullClient());
        corrected.put("lastName", "Dvořáková");
        alice.put("/api/clients/" + id + "/personal-data", corrected).expect(204);

        JsonNode card = awaitJson(alice, "/api/clients/" + id, c -> c.get("lastName").asText().equals("Dvořáková"));
        assertThat(card.get("birthNumber").asText()).isEqualTo(slashed(corrected));
    }

    @Test
    void overviewFindsClientsByNameWithoutDiacriticsAndByWorker() {
        String unique = "Šťastný" + UUID.randomUUID().toString().substring(0, 6);
        UUID first = registerClient(alice, "Ondřej", unique);
        Map<String, Object> body = new LinkedHashMap<>(client("Zoë", unique));
        body.put("responsibleWorker", "bob");
        UUID second = alice.post("/api/clients", body).createdId();
        Api carol = as("carol");
        awaitJson(carol, "/api/clients/" + first, c -> true);
        awaitJson(carol, "/api/clients/" + second, c -> true);

        String folded = "stastny" + unique.substring(7);
        JsonNode byName = carol.get("/api/clients?count=true&q=" + folded.toUpperCase()).expect(200).json();
        assertThat(byName.get("total").asLong()).isEqualTo(2);
        assertThat(ids(byName)).containsExactlyInAnyOrder(first.toString(), second.toString());

        JsonNode byNameAndWorker = carol.get("/api/clients?count=true&q=" + folded + "+zoe&worker=bob").expect(200).json();
        assertThat(ids(alice.get("/api/clients?count=true&q=" + folded).expect(200).json()))
                .as("alice does not see bob's client").containsExactly(first.toString());
        assertThat(ids(byNameAndWorker)).containsExactly(second.toString());
        assertThat(byNameAndWorker.at("/items/0/name").asText()).isEqualTo("Zoë " + unique);
    }

    @Test
    void overviewIsPagedInNameOrderAndCountedOnlyWhenAsked() {
        String unique = "Page" + UUID.randomUUID().toString().substring(0, 8);
        for (String first : List.of("Cyril", "Adam", "Bára")) {
            awaitClientCard(registerClient(alice, first, unique));
        }
        JsonNode page0 = alice.get("/api/clients?q=" + unique + "&size=2").expect(200).json();
        JsonNode page1 = alice.get("/api/clients?q=" + unique + "&size=2&page=1").expect(200).json();
        JsonNode counted = alice.get("/api/clients?q=" + unique + "&size=2&count=true").expect(200).json();

        assertThat(page0.get("size").asInt()).isEqualTo(2);
        assertThat(page0.findValuesAsText("firstName")).containsExactly("Adam", "Bára");
        assertThat(page0.has("total")).as("not counted unless asked").isFalse();
        assertThat(page0.get("hasMore").asBoolean()).isTrue();
        assertThat(page1.findValuesAsText("firstName")).containsExactly("Cyril");
        assertThat(page1.get("page").asInt()).isEqualTo(1);
        assertThat(page1.get("hasMore").asBoolean()).isFalse();
        assertThat(counted.get("total").asLong()).isEqualTo(3);
        assertThat(counted.get("hasMore").asBoolean()).isTrue();
        alice.get("/api/clients?count=maybe").expectProblem(400, "count", "type");
    }

    @Test
    void overviewRejectsAPageSizeOutOfRange() {
        alice.get("/api/clients?count=true&size=0").expectProblem(400, "size", "min");
        alice.get("/api/clients?count=true&size=201").expectProblem(400, "size", "max");
        alice.get("/api/clients?count=true&page=-1").expectProblem(400, "page", "min");
        alice.get("/api/clients?count=true&page=x").expectProblem(400, "page", "type");
    }

    @Test
    void applicationAndRequestedTimeSlotsAreKeptOnTheCard() {
        UUID id = registerClient(alice, "Petr", "Svoboda");
        alice.put("/api/clients/" + id + "/application",
                Map.of("receivedOn", TODAY.minusDays(10).toString(), "acceptedOn", TODAY.toString())).expect(204);
        alice.put("/api/clients/" + id + "/requested-time-slots",
                Map.of("slots", Map.of("MONDAY", "14.00-16.00,8.00 - 10.00", "FRIDAY", ""), "note", "ráno")).expect(204);

        JsonNode card = awaitJson(alice, "/api/clients/" + id,
                c -> c.at("/requestedTimeSlots/slots/MONDAY").isTextual());
        assertThat(card.at("/requestedTimeSlots/slots/MONDAY").asText()).isEqualTo("08.00-10.00, 14.00-16.00");
        assertThat(card.at("/requestedTimeSlots/slots/FRIDAY").isMissingNode()).isTrue();
        assertThat(card.at("/requestedTimeSlots/note").asText()).isEqualTo("ráno");
        assertThat(card.at("/application/receivedOn").asText()).isEqualTo(TODAY.minusDays(10).toString());
        assertThat(card.at("/application/acceptedOn").asText()).isEqualTo(TODAY.toString());
    }

    // --- bad input: a clear problem naming the field and the rule, and nothing stored

    @Test
    void invalidBirthNumberIsRejectedAndNothingStored() {
        long before = storedEvents();
        Map<String, Object> body = new LinkedHashMap<>(fullClient());
        body.put("birthNumber", "855101/1239");
        alice.post("/api/clients", body).expectProblem(422, "birthNumber", "birth-number-check-digit");
        body.put("birthNumber", "540101/123");
        body.put("birthDate", "1954-01-01");
        alice.post("/api/clients", body).expectProblem(422, "birthNumber", "birth-number-nine-digits-before-1954");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        long before = storedEvents();
        Response response = alice.post("/api/clients", "{}").expect(400);
        assertThat(response.errors()).contains("firstName/required", "lastName/required", "birthDate/required");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRejected() {
        long before = storedEvents();
        alice.post("/api/clients", "{\"firstName\": \"Jana\",").expectProblem(400, "body", "json-syntax");
        alice.post("/api/clients", "").expectProblem(400, "body", "required");
        alice.send("POST", "/api/clients", null).expectProblem(400, "body", "required");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void wrongTypesAreNamedByTheirPath() {
        long before = storedEvents();
        alice.post("/api/clients", "{\"firstName\":\"J\",\"lastName\":\"D\",\"birthDate\":\"15.3.1985\"}")
                .expectProblem(400, "birthDate", "type");
        alice.post("/api/clients", "{\"firstName\":\"J\",\"lastName\":\"D\",\"birthDate\":\"1985-02-30\"}")
                .expectProblem(400, "birthDate", "type");
        alice.post("/api/clients", "{\"firstName\":[\"J\"],\"lastName\":\"D\",\"birthDate\":\"1985-03-15\"}")
                .expectProblem(400, "firstName", "type");
        alice.post("/api/clients", "{\"firstName\":\"J\",\"lastName\":\"D\",\"birthDate\":\"1985-03-15\","
                + "\"addresses\":{\"permanent\":\"Praha\"}}").expectProblem(400, "addresses.permanent", "type");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownFieldsAreRejectedRatherThanSilentlyDropped() {
        alice.post("/api/clients", "{\"firstName\":\"J\",\"lastName\":\"D\",\"birthdate\":\"1985-03-15\"}")
                .expectProblem(400, "birthdate", "unknown-field");
    }

    @Test
    void tooLongTextAndInvalidEmailAreNamed() {
        Map<String, Object> body = new LinkedHashMap<>(fullClient());
        body.put("firstName", "x".repeat(101));
        body.put("contacts", Map.of("email", "not-an-email"));
        Response response = alice.post("/api/clients", body).expect(400);
        assertThat(response.errors()).contains("firstName/size", "contacts.email/email");
    }

    @Test
    void futureDatesAreRejected() {
        Map<String, Object> body = new LinkedHashMap<>(fullClient());
        body.put("birthNumber", null);
        body.put("birthDate", TODAY.plusDays(1).toString());
        body.put("registeredOn", TODAY.plusDays(1).toString());
        Response response = alice.post("/api/clients", body).expect(422);
        assertThat(response.errors()).contains("birthDate/not-in-future", "registeredOn/not-in-future");
    }

    @Test
    void personalDataUpdateIsValidatedLikeRegistration() {
        UUID id = registerClient(alice, "Jana", "Opravná");
        long before = storedEventsOf(id);
        assertThat(alice.put("/api/clients/" + id + "/personal-data", "{}").expect(400).errors())
                .contains("firstName/required", "lastName/required", "birthDate/required");
        Map<String, Object> body = new LinkedHashMap<>(fullClient());
        body.put("birthNumber", "8551011239");
        alice.put("/api/clients/" + id + "/personal-data", body)
                .expectProblem(422, "birthNumber", "birth-number-check-digit");
        alice.put("/api/clients/" + id + "/personal-data", "{\"firstName\":").expectProblem(400, "body", "json-syntax");
        assertThat(storedEventsOf(id)).isEqualTo(before);
    }

    @Test
    void applicationCannotBeAcceptedBeforeItWasReceived() {
        UUID id = registerClient(alice, "Petr", "Černý");
        long before = storedEventsOf(id);
        alice.put("/api/clients/" + id + "/application",
                        Map.of("receivedOn", TODAY.toString(), "acceptedOn", TODAY.minusDays(1).toString()))
                .expectProblem(422, "acceptedOn", "accepted-not-before-received");
        alice.put("/api/clients/" + id + "/application", Map.of("acceptedOn", TODAY.toString()))
                .expectProblem(400, "receivedOn", "required");
        assertThat(storedEventsOf(id)).isEqualTo(before);
    }

    @Test
    void timeSlotsMustBeIntervalsOfValidTimes() {
        UUID id = registerClient(alice, "Petr", "Bílý");
        long before = storedEventsOf(id);
        alice.put("/api/clients/" + id + "/requested-time-slots",
                        Map.of("slots", Map.of("TUESDAY", "10.00-9.00")))
                .expectProblem(422, "slots.TUESDAY", "time-slot-start-before-end");
        alice.put("/api/clients/" + id + "/requested-time-slots",
                        Map.of("slots", Map.of("TUESDAY", "8.00-25.00")))
                .expectProblem(422, "slots.TUESDAY", "time-slot-valid-time");
        alice.put("/api/clients/" + id + "/requested-time-slots",
                        Map.of("slots", Map.of("FUNDAY", "8.00-9.00")))
                .expectProblem(400, "slots", "type");
        assertThat(storedEventsOf(id)).isEqualTo(before);
    }

    @Test
    void unknownClientAnswersNotFound() {
        UUID unknown = UUID.randomUUID();
        alice.get("/api/clients/" + unknown).expectProblem(404);
        alice.put("/api/clients/" + unknown + "/personal-data", fullClient()).expectProblem(404);
        alice.put("/api/clients/" + unknown + "/application", Map.of("receivedOn", TODAY.toString()))
                .expectProblem(404);
        alice.put("/api/clients/" + unknown + "/requested-time-slots", Map.of("slots", Map.of()))
                .expectProblem(404);
        assertThat(storedEventsOf(unknown)).isZero();
    }

    @Test
    void malformedIdAnswersBadRequest() {
        alice.get("/api/clients/not-a-uuid").expectProblem(400, "clientId", "type");
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").findValuesAsText("id");
    }
}
