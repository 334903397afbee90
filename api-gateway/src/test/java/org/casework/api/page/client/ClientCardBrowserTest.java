package org.casework.api.page.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.BirthNumbers;
import org.casework.api.support.Browser;
import org.casework.api.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A worker's journeys through registration and the client card's personal data, status, contracts and plan. */
class ClientCardBrowserTest extends BrowserTest {

    @Test
    void aBadBirthNumberIsRefusedAtItsFieldAndACorrectOneOpensTheFile() {
        String good = BirthNumbers.next("855101");
        char last = good.charAt(good.length() - 1);
        String badCheckDigit = good.substring(0, good.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        Browser browser = browser("en");
        browser.login("alice");
        browser.awaitPath("/");
        browser.go("/clients/new");
        browser.fill("f-firstName", "Jana").fill("f-lastName", "Registrovaná").fill("f-birthDate", "1985-01-01")
                .fill("f-birthNumber", badCheckDigit).fill("f-addresses-permanent-city", "Brno");
        browser.click("form.client-form button[type=submit]");

        String error = browser.await("#f-birthNumber-error").getText();
        assertThat(error).isNotBlank();
        assertThat(browser.field("f-birthNumber").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.field("f-birthNumber").getAttribute("aria-describedby")).isEqualTo("f-birthNumber-error");
        assertThat(browser.field("f-firstName").getAttribute("value")).isEqualTo("Jana");
        assertThat(browser.field("f-addresses-permanent-city").getAttribute("value")).isEqualTo("Brno");
        assertThat(browser.all("#f-firstName-error")).isEmpty();
        browser.screenshot("registration-en");

        browser.fill("f-birthNumber", good);
        browser.click("form.client-form button[type=submit]");
        browser.await("#card-title");
        assertThat(browser.path()).matches("/clients/[0-9a-f-]{36}");
        assertThat(browser.text("#card-title")).contains("Registrovaná").contains("Jana");
        assertThat(browser.text("#card-birthNumber")).isEqualTo(good);
        assertThat(browser.text("#card-address-permanent")).contains("Brno");
    }

    @Test
    void aServiceUserWithAContractAndAPlanTurnsGreenAndAStatusEnteredInErrorIsStruckThrough() {
        UUID id = alice.post("/api/clients", Map.of("firstName", "Petra", "lastName", "Zelená",
                "birthDate", "1979-04-02", "registeredOn", TODAY.minusDays(30).toString())).createdId();
        Browser browser = browser("en");
        browser.login("alice");
        browser.awaitPath("/");

        browser.go("/clients/" + id + "/status");
        recordStatus(browser, "APPLICANT", TODAY.minusDays(20).toString());
        recordStatus(browser, "SERVICE_USER", TODAY.minusDays(10).toString());
        int applicant = entryOf(id, "APPLICANT");

        browser.click("tr[data-entry='" + applicant + "'] details summary");
        browser.fill("error-" + applicant + "-reason", "Recorded for the wrong person");
        browser.click("tr[data-entry='" + applicant + "'] form button[type=submit]");
        browser.awaitPath("/clients/" + id + "/status");
        browser.await("tr.in-error[data-entry='" + applicant + "']");
        assertThat(browser.text("tr[data-entry='" + applicant + "'] .in-error-note"))
                .contains("Recorded for the wrong person").contains("alice");
        browser.screenshot("client-status-en");

        String number = "Z-" + UUID.randomUUID().toString().substring(0, 6);
        browser.click(".tabs a[href$='/contracts']");
        browser.awaitPath("/clients/" + id + "/contracts");
        browser.fill("sign-number", number).fill("sign-signedOn", TODAY.minusDays(10).toString())
                .fill("sign-validFrom", TODAY.minusDays(10).toString())
                .fill("sign-validTo", TODAY.plusDays(355).toString());
        browser.click("#sign-contract button[type=submit]");
        assertThat(browser.await("article.contract h3").getText()).contains(number);
        browser.screenshot("client-contracts-en");

        browser.click(".tabs a[href$='/plan']");
        browser.awaitPath("/clients/" + id + "/plan");
        browser.fill("plan-validFrom", TODAY.minusDays(10).toString())
                .fill("plan-reviewDue", TODAY.plusDays(170).toString())
                .fill("plan-goals", "Keep the flat\nPay the arrears by March");
        browser.click("#adopt-plan button[type=submit]");
        assertThat(browser.await("#current-plan ol.goals").getText()).contains("Keep the flat")
                .contains("Pay the arrears by March");
        browser.screenshot("client-plan-en");

        browser.click(".tabs a:first-child");
        browser.awaitPath("/clients/" + id);
        assertThat(browser.find(".card-head details.chip").getAttribute("data-colour")).isEqualTo("GREEN");
        assertThat(browser.text(".card-head details.chip summary")).isEqualToIgnoringCase("green");
        assertThat(browser.find(".card-head .chip .explanation").isDisplayed()).isFalse();
        browser.click(".card-head details.chip summary");
        assertThat(browser.await(".card-head .chip .explanation").getText()).contains(number)
                .contains("plan in order");
    }

    private static void recordStatus(Browser browser, String status, String effectiveDate) {
        int before = browser.all("tr[data-entry]").size();
        browser.fill("status-status", status).fill("status-effectiveDate", effectiveDate);
        browser.click("#record-status button[type=submit]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.all("tr[data-entry]").size() > before);
    }

    private int entryOf(UUID id, String status) {
        JsonNode history = awaitJson(alice, "/api/clients/" + id + "/status-history", h -> true);
        for (JsonNode entry : history.get("entries")) {
            if (entry.get("status").asText().equals(status) && entry.get("source").asText().equals("MANUAL")) {
                return entry.get("entry").asInt();
            }
        }
        throw new AssertionError("no manual " + status + " entry in " + history);
    }

    @Test
    void anotherWorkersClientIsTheNotFoundPage() {
        UUID id = registerClient(alice, "Hana", "Cizí");
        Browser browser = browser("en");
        browser.login("bob");
        browser.awaitPath("/");
        browser.go("/clients/" + id);
        assertThat(browser.text("main h1")).isEqualTo("Not found");
        assertThat(browser.all("#card-title")).isEmpty();
        assertThat(pages("en").login("bob").get("/clients/" + id).statusCode()).isEqualTo(404);
        assertThat(pages("en").login("bob").get("/clients/" + id + "/status").statusCode()).isEqualTo(404);
    }

    @Test
    void theCardSpeaksCzechAndHungarianAndFitsAPhone() {
        UUID id = greenClient();
        Map<String, List<String>> labels = Map.of(
                "cs", List.of("Osobní údaje", "Rodné číslo", "Adresa trvalého pobytu"),
                "hu", List.of("Személyes adatok", "Születési szám", "Állandó lakcím"),
                "en", List.of("Personal data", "Birth number", "Permanent address"));
        for (String language : List.of("cs", "hu", "en")) {
            Browser browser = browser(language);
            browser.login("alice");
            browser.awaitPath("/");
            browser.go("/clients/" + id);
            browser.await("#card-title");
            assertThat(browser.text("#personal-title")).isEqualTo(labels.get(language).get(0));
            assertThat(browser.text("#personal-data")).contains(labels.get(language).get(1))
                    .contains(labels.get(language).get(2));
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language);
            browser.screenshot("client-card-" + language);
        }
        Browser phone = phone("cs");
        phone.login("alice");
        phone.awaitPath("/");
        for (String tab : List.of("", "/status", "/contracts", "/plan", "/personal-data/edit")) {
            phone.go("/clients/" + id + tab);
            phone.await("#card-title");
            assertThat(phone.scrollsSideways()).as("the page %s scrolls sideways at 360 px", tab).isFalse();
            if (tab.isEmpty()) {
                phone.screenshot("client-card-phone");
            }
        }
    }

    /** A file with all its parts filled in, GREEN: a service user with a valid contract and a plan in order. */
    private UUID greenClient() {
        UUID id = alice.post("/api/clients", Map.of("firstName", "Marie", "lastName", "Dvořáková",
                "titleBefore", "Mgr.", "birthDate", "1978-06-14", "birthNumber", BirthNumbers.next("785614"),
                "birthPlace", "Praha", "registeredOn", TODAY.minusDays(40).toString(),
                "addresses", Map.of("permanent", Map.of("street", "Dlouhá", "houseNumber", "12", "city", "Praha",
                        "postalCode", "110 00")),
                "contacts", Map.of("mobile", "+420 601 234 567", "email", "marie.dvorakova@example.org")))
                .expect(201).createdId();
        alice.post("/api/clients/" + id + "/statuses", status("SERVICE_USER", TODAY.minusDays(30).toString(),
                null, null)).expect(204);
        alice.post("/api/clients/" + id + "/contracts", Map.of("number", "2026/" + id.toString().substring(0, 4),
                "signedOn", TODAY.minusDays(30).toString(), "validFrom", TODAY.minusDays(30).toString()))
                .expect(201);
        alice.put("/api/clients/" + id + "/plan", Map.of("validFrom", TODAY.minusDays(30).toString(),
                "reviewDue", TODAY.plusDays(150).toString(), "goals", List.of("Keep the flat"))).expect(204);
        return id;
    }
}
