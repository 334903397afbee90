package org.casework.api.page.chronology;

import org.casework.api.support.Browser;
import org.casework.api.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The chronology page: consultations recorded through the API, found and filtered out by the page's filters. */
class ChronologyPageTest extends BrowserTest {

    // made once for the class: the tests only read them
    private static String worker;
    private static UUID clientId;
    private static UUID engagementId;
    private static UUID recent;
    private static UUID older;
    private static boolean ready;

    /** One client of alice's, two consultations by a worker of the class's own: today and ten days ago. */
    @BeforeEach
    void consultations() {
        if (ready) {
            return;
        }
        worker = newWorker("chron");
        clientId = registerClient(alice, "Karel", "Dvořák");
        engagementId = openEngagement(alice, clientId, TODAY.minusDays(30));
        recent = record(TODAY, "PHONE", "Called about the rent arrears");
        older = record(TODAY.minusDays(10), "MEETING", "Went through the housing benefit form");
        awaitJson(alice, "/api/chronology?count=true&worker=" + worker, c -> c.get("total").asInt() == 2
                && c.get("items").findValues("clientName").stream().noneMatch(n -> n.isNull())
                && c.get("items").findValues("engagementTitle").stream().noneMatch(n -> n.isNull()));
        ready = true;
    }

    private UUID record(LocalDate date, String kind, String text) {
        Map<String, Object> body = new LinkedHashMap<>(meeting(date, 45));
        body.put("kind", kind);
        body.put("worker", worker);
        body.put("record", text);
        return alice.post("/api/engagements/" + engagementId + "/consultations", body).expect(201).createdId();
    }

    private String row(UUID consultation) {
        return "tr[data-consultation='" + consultation + "']";
    }

    @Test
    void aRecordedConsultationShowsAndThePeriodFilterLeavesItOut() {
        Browser browser = browser("en");
        browser.login("alice");
        browser.awaitPath("/");
        browser.go("/chronology?worker=" + worker);
        browser.await(row(recent));
        assertThat(browser.all("#chronology tbody tr")).hasSize(2);
        assertThat(browser.text(row(recent))).contains("Called about the rent arrears").contains("Karel Dvořák")
                .contains("Housing");
        assertThat(browser.find(row(recent) + " a.client").getAttribute("href")).endsWith("/clients/" + clientId);
        assertThat(browser.find(row(recent) + " a.engagement").getAttribute("href"))
                .endsWith("/engagements/" + engagementId);
        browser.screenshot("chronology-en");

        // a changed filter reloads the list at once (htmx); without JavaScript the Filter button does
        browser.fill("filter-to", TODAY.minusDays(1).toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.all(row(recent)).isEmpty());
        assertThat(browser.all(row(older))).hasSize(1);

        browser.fill("filter-from", TODAY.minusDays(5).toString());
        browser.await("#chronology-empty");
        assertThat(browser.all("#chronology tbody tr")).isEmpty();
    }

    @Test
    void aClientsChronologyInCzechAndHungarianSpeaksTheirLanguage() {
        Browser czech = browser("cs");
        czech.login("alice");
        czech.awaitPath("/");
        czech.go("/chronology?clientId=" + clientId + "&kind=MEETING");
        czech.await(row(older));
        assertThat(czech.all(row(recent))).isEmpty();
        assertThat(czech.text("#chronology-title")).isEqualTo("Chronologie");
        assertThat(czech.text("label[for=filter-kind]")).isEqualTo("Druh");
        assertThat(czech.text("#scope-client")).contains("Klient").contains("Karel Dvořák");

        Browser hungarian = browser("hu");
        hungarian.login("alice");
        hungarian.awaitPath("/");
        hungarian.go("/chronology?engagementId=" + engagementId);
        hungarian.await(row(recent));
        assertThat(hungarian.text("#chronology-title")).isEqualTo("Kronológia");
        assertThat(hungarian.text("label[for=filter-worker]")).startsWith("Munkatárs");
        assertThat(hungarian.text("#scope-engagement")).contains("Housing");
    }

    @Test
    void theChronologyFitsAPhoneWithoutSidewaysScrolling() {
        Browser phone = phone("en");
        phone.login("alice");
        phone.awaitPath("/");
        phone.go("/chronology?worker=" + worker);
        phone.await(row(recent));
        assertThat(phone.scrollsSideways()).isFalse();
        phone.screenshot("chronology-phone");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAtTheEnd() {
        HttpResponse<String> answer = pages("en").login("alice").get("/chronology?worker=" + worker + "&from="
                + TODAY + "&to=" + TODAY.minusDays(1));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("id=\"filter-to-error\"")
                .containsPattern("id=\"filter-to\"[^>]*aria-invalid=\"true\"");
    }

    @Test
    void anotherWorkersClientShowsNothingOfThatFile() {
        HttpResponse<String> answer = pages("en").login("bob").get("/chronology?clientId=" + clientId);
        assertThat(answer.body()).doesNotContain("Called about the rent arrears").doesNotContain("Karel Dvořák");
    }
}
