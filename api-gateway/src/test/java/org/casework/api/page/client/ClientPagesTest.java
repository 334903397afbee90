package org.casework.api.page.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.BirthNumbers;
import org.casework.api.support.BrowserTest;
import org.casework.api.support.PageSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The client pages' forms over plain HTTP: what the API refuses is shown at the field, what it stores is shown. */
class ClientPagesTest extends BrowserTest {

    private static final String TOKEN_PAGE = "/clients/new";

    private PageSession as(String user, String language) {
        return pages(language).login(user);
    }

    private static Map<String, String> person(String lastName, String birthNumber) {
        Map<String, String> form = new HashMap<>(Map.of("firstName", "Eva", "lastName", lastName,
                "birthDate", "1985-01-01"));
        if (birthNumber != null) {
            form.put("birthNumber", birthNumber);
        }
        return form;
    }

    @Test
    void aBirthNumberAnotherFileHoldsIsRefusedAtTheFieldWithALinkForWhoMaySeeThatFile() {
        String birthNumber = BirthNumbers.next("855101");
        UUID existing = alice.post("/api/clients", Map.of("firstName", "Eva", "lastName", "První",
                "birthDate", "1985-01-01", "birthNumber", birthNumber)).expect(201).createdId();

        HttpResponse<String> mine = as("alice", "en").post("/clients/new", person("Druhá", birthNumber), TOKEN_PAGE);
        assertThat(mine.statusCode()).isEqualTo(409);
        assertThat(mine.body()).contains("id=\"f-birthNumber-error\"").contains("aria-invalid=\"true\"")
                .contains("href=\"/clients/" + existing + "\"").contains("value=\"Druhá\"");

        HttpResponse<String> bobs = as("bob", "en").post("/clients/new", person("Druhá", birthNumber), TOKEN_PAGE);
        assertThat(bobs.statusCode()).isEqualTo(409);
        assertThat(bobs.body()).contains("id=\"f-birthNumber-error\"").doesNotContain(existing.toString());
    }

    @Test
    void registrationRedirectsToTheNewCard() {
        PageSession alicePages = as("alice", "cs");
        HttpResponse<String> created = alicePages.post("/clients/new", person("Nová", null), TOKEN_PAGE);
        assertThat(created.statusCode()).isEqualTo(302);
        String card = created.headers().firstValue("Location").orElseThrow();
        assertThat(card).matches(".*/clients/[0-9a-f-]{36}");
        HttpResponse<String> page = alicePages.get(card.substring(card.indexOf("/clients/")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nová").contains("Osobní údaje");
    }

    @Test
    void theWholePersonalDataIsReplacedAndTheCardShowsIt() {
        UUID id = alice.post("/api/clients", Map.of("firstName", "Olga", "lastName", "Stará",
                "birthDate", "1970-02-03", "birthPlace", "Opava",
                "contacts", Map.of("phone", "+420 555 111 222"))).expect(201).createdId();
        PageSession alicePages = as("alice", "en");
        assertThat(alicePages.get("/clients/" + id + "/personal-data/edit").body())
                .contains("value=\"Opava\"").contains("value=\"+420 555 111 222\"");

        HttpResponse<String> saved = alicePages.post("/clients/" + id + "/personal-data/edit",
                Map.of("firstName", "Olga", "lastName", "Nová", "birthDate", "1970-02-03",
                        "addresses.actual.city", "Olomouc", "addresses.actual.street", "Horní"), TOKEN_PAGE);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/clients/" + id);

        JsonNode card = alice.get("/api/clients/" + id).expect(200).json();
        assertThat(card.path("lastName").asText()).isEqualTo("Nová");
        assertThat(card.path("birthPlace").isNull() || card.path("birthPlace").isMissingNode()).isTrue();
        assertThat(card.path("addresses").path("actual").path("city").asText()).isEqualTo("Olomouc");
        assertThat(alicePages.get("/clients/" + id).body()).contains("Olomouc").contains("Horní");

        HttpResponse<String> refused = alicePages.post("/clients/" + id + "/personal-data/edit",
                Map.of("firstName", "Olga", "birthDate", "1970-02-03"), TOKEN_PAGE);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"f-lastName-error\"");
    }

    @Test
    void anApplicationAcceptedBeforeItWasReceivedIsRefusedAtTheAcceptanceDate() {
        UUID id = registerClient(alice, "Iva", "Žadatelka");
        PageSession alicePages = as("alice", "en");
        HttpResponse<String> refused = alicePages.post("/clients/" + id + "/application",
                Map.of("receivedOn", TODAY.toString(), "acceptedOn", TODAY.minusDays(3).toString()), TOKEN_PAGE);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"app-acceptedOn-error\"");

        HttpResponse<String> saved = alicePages.post("/clients/" + id + "/application",
                Map.of("receivedOn", TODAY.minusDays(3).toString(), "acceptedOn", TODAY.toString()), TOKEN_PAGE);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(alice.get("/api/clients/" + id).json().path("application").path("receivedOn").asText())
                .isEqualTo(TODAY.minusDays(3).toString());
    }

    @Test
    void theCardPageIsInTheReadAccessLog() {
        UUID id = registerClient(alice, "Lenka", "Čtená");
        assertThat(as("alice", "en").get("/clients/" + id).statusCode()).isEqualTo(200);
        JsonNode log = awaitJson(as("audrey"), "/api/audit/access-log?client=" + id,
                answer -> answer.path("items").size() > 0);
        assertThat(log.get("items")).anySatisfy(entry -> {
            assertThat(entry.path("reader").asText()).isEqualTo("alice");
            assertThat(entry.path("clientId").asText()).isEqualTo(id.toString());
        });
    }

    @Test
    void aStatusRefusalIsShownAtItsFieldAndAMarkInErrorAsksForTheReason() {
        UUID id = registerClient(alice, "Rita", "Stavová");
        PageSession alicePages = as("alice", "en");
        HttpResponse<String> noReason = alicePages.post("/clients/" + id + "/status",
                Map.of("status", "REJECTED", "effectiveDate", TODAY.toString()), TOKEN_PAGE);
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("id=\"status-reason-error\"").contains("value=\"REJECTED\" selected=\"selected\"");

        HttpResponse<String> recorded = alicePages.post("/clients/" + id + "/status",
                Map.of("status", "REJECTED", "effectiveDate", TODAY.toString(), "reason", "OTHER",
                        "reasonNote", "Moved to another region", "note", "Phoned on Monday"), TOKEN_PAGE);
        assertThat(recorded.statusCode()).isEqualTo(302);
        String tab = alicePages.get("/clients/" + id + "/status").body();
        assertThat(tab).contains("Moved to another region").contains("Phoned on Monday");

        int entry = alice.get("/api/clients/" + id + "/status-history").json().get("entries").get(0)
                .get("entry").asInt();
        HttpResponse<String> withoutWhy = alicePages.post("/clients/" + id + "/status/" + entry + "/error",
                Map.of(), TOKEN_PAGE);
        assertThat(withoutWhy.statusCode()).isEqualTo(400);
        assertThat(withoutWhy.body()).contains("id=\"error-" + entry + "-reason-error\"");
    }

    @Test
    void aContractIsEndedCorrectedAndVoidedEachWithItsReason() {
        UUID id = registerClient(alice, "Soňa", "Smluvní");
        UUID contract = alice.post("/api/clients/" + id + "/contracts", Map.of("number", "S-1",
                "signedOn", TODAY.minusDays(20).toString(), "validFrom", TODAY.minusDays(20).toString()))
                .expect(201).createdId();
        PageSession alicePages = as("alice", "hu");
        String path = "/clients/" + id + "/contracts/" + contract;

        HttpResponse<String> noWhy = alicePages.post(path + "/correction", Map.of("number", "S-2",
                "signedOn", TODAY.minusDays(20).toString(), "validFrom", TODAY.minusDays(20).toString()), TOKEN_PAGE);
        assertThat(noWhy.statusCode()).isEqualTo(400);
        assertThat(noWhy.body()).contains("id=\"correct-" + contract + "-reason-error\"").contains("value=\"S-2\"");

        assertThat(alicePages.post(path + "/correction", Map.of("number", "S-2",
                "signedOn", TODAY.minusDays(20).toString(), "validFrom", TODAY.minusDays(20).toString(),
                "reason", "Typo in the number"), TOKEN_PAGE).statusCode()).isEqualTo(302);
        assertThat(alicePages.post(path + "/end", Map.of("endedOn", TODAY.minusDays(2).toString(),
                "reason", "Moved away"), TOKEN_PAGE).statusCode()).isEqualTo(302);
        String tab = alicePages.get("/clients/" + id + "/contracts").body();
        assertThat(tab).contains("S-2 számú megállapodás").contains("Moved away");

        HttpResponse<String> voidWithoutWhy = alicePages.post(path + "/void", Map.of(), TOKEN_PAGE);
        assertThat(voidWithoutWhy.statusCode()).isEqualTo(400);
        assertThat(voidWithoutWhy.body()).contains("id=\"void-" + contract + "-reason-error\"");
        assertThat(alicePages.post(path + "/void", Map.of("reason", "Signed in the wrong file"), TOKEN_PAGE)
                .statusCode()).isEqualTo(302);
        assertThat(alice.get("/api/clients/" + id + "/contracts").json()).isEmpty();
        assertThat(alicePages.get("/clients/" + id + "/contracts").body()).doesNotContain("S-2 számú");
    }

    @Test
    void aPlanWithoutGoalsIsRefusedAtTheGoalsAndANewVersionStartsFromTheCurrentGoals() {
        UUID id = registerClient(alice, "Pavla", "Plánovaná");
        PageSession alicePages = as("alice", "en");
        String path = "/clients/" + id + "/plan";
        HttpResponse<String> noGoals = alicePages.post(path, Map.of("validFrom", TODAY.toString(),
                "reviewDue", TODAY.plusDays(90).toString(), "goals", " \n "), TOKEN_PAGE);
        assertThat(noGoals.statusCode()).isEqualTo(400);
        assertThat(noGoals.body()).contains("id=\"plan-goals-error\"");

        assertThat(alicePages.post(path, Map.of("validFrom", TODAY.toString(),
                "reviewDue", TODAY.plusDays(90).toString(), "goals", "Find a job\r\n\r\nOpen a bank account"),
                TOKEN_PAGE).statusCode()).isEqualTo(302);
        JsonNode versions = alice.get("/api/clients/" + id + "/plan").json();
        assertThat(versions.get(0).get("goals")).extracting(JsonNode::asText)
                .isEqualTo(List.of("Find a job", "Open a bank account"));
        assertThat(alicePages.get(path).body()).contains("Find a job\nOpen a bank account</textarea>");
    }
}
