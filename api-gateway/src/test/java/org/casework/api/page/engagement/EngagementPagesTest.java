package org.casework.api.page.engagement;

import org.casework.api.support.Browser;
import org.casework.api.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A worker's journeys through an engagement in a real browser: open, record, bulk entry, corrections, closure. */
class EngagementPagesTest extends BrowserTest {

    private UUID engagementWithConsultations(UUID clientId, int consultations) {
        UUID engagementId = openEngagement(alice, clientId, TODAY.minusDays(30));
        for (int i = 0; i < consultations; i++) {
            alice.post("/api/engagements/" + engagementId + "/consultations", meeting(TODAY.minusDays(20 - i), 30 + i))
                    .expect(201);
        }
        awaitJson(alice, "/api/engagements/" + engagementId,
                engagement -> engagement.get("consultationCount").asInt() == consultations);
        return engagementId;
    }

    private int consultationCount(UUID engagementId) {
        return alice.get("/api/engagements/" + engagementId).expect(200).json().get("consultationCount").asInt();
    }

    private static void fillRow(Browser browser, int row, String date, String minutes, String record) {
        browser.fill("r" + row + "-date", date);
        browser.fill("r" + row + "-kind", "PHONE");
        browser.fill("r" + row + "-durationMinutes", minutes);
        browser.fill("r" + row + "-place", "IN_OFFICE");
        browser.fill("r" + row + "-record", record);
    }

    @Test
    void aWorkerOpensAnEngagementFromTheClientsUrlAndRecordsAConsultationThatIsListed() {
        UUID clientId = registerClient(alice, "Jana", "Otevřená");
        awaitClientCard(clientId);
        Browser browser = browser("en");
        browser.login("alice");
        browser.awaitPath("/");
        browser.go("/clients/" + clientId + "/engagements/new");
        assertThat(browser.text("#open-title")).contains("Jana");
        assertThat(browser.find("#client-link").getAttribute("href"))
                .endsWith("/clients/" + clientId + "/engagements");
        browser.fill("e-title", "Rent arrears");
        browser.fill("e-openedOn", TODAY.minusDays(5).toString());
        browser.fill("e-goal", "Keep the flat");
        browser.fill("e-problemTypes-5", "true");
        browser.fill("e-peopleInvolved", "2");
        browser.click("#open-submit");
        browser.await("#engagement-title");
        assertThat(browser.path()).startsWith("/engagements/");
        UUID engagementId = UUID.fromString(browser.path().substring("/engagements/".length()));
        assertThat(browser.text("#engagement-title")).isEqualTo("Rent arrears");
        assertThat(browser.text("#no-consultations")).isNotEmpty();

        browser.fill("c-date", TODAY.minusDays(1).toString());
        browser.fill("c-kind", "MEETING");
        browser.fill("c-durationMinutes", "45");
        browser.fill("c-place", "CLIENT_HOME");
        browser.fill("c-travelMinutes", "20");
        browser.fill("c-participants", "Jana Otevřená, Petr Otevřený");
        browser.fill("c-record", "Agreed a repayment plan with the landlord");
        browser.click("#record-submit");
        browser.awaitPath("/engagements/" + engagementId);
        assertThat(browser.await("#notice").getText()).contains("recorded");
        List<WebElement> rows = browser.all("table.consultations tbody tr");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Agreed a repayment plan").contains("45");
        assertThat(rows.get(0).getAttribute("class")).contains("just-saved");
        assertThat(browser.text("#totals")).contains("1");
        browser.screenshot("engagement-en");
    }

    @Test
    void aBatchWithOneBadRowStoresNothingAndMarksExactlyThatRow() {
        UUID engagementId = openEngagement(alice, registerClient(alice, "Karel", "Hromadný"), TODAY.minusDays(10));
        awaitJson(alice, "/api/engagements/" + engagementId, engagement -> true);
        Browser browser = browser("en");
        browser.login("alice");
        browser.awaitPath("/");
        browser.go("/engagements/" + engagementId + "/bulk");
        assertThat(browser.all("table.grid tbody tr")).hasSize(10);
        fillRow(browser, 1, TODAY.minusDays(3).toString(), "30", "Called about the rent");
        // row 2 left empty: the bad row is the second one sent but the third of the grid
        fillRow(browser, 3, TODAY.minusDays(20).toString(), "15", "Before the engagement was opened");
        fillRow(browser, 4, TODAY.minusDays(1).toString(), "20", "Called the landlord");
        browser.click("#bulk-submit");
        browser.await("#general-errors");

        assertThat(browser.all("#row-3 [aria-invalid=true]")).hasSize(1);
        assertThat(browser.find("#r3-date").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#r3-date-error")).isNotEmpty();
        assertThat(browser.find("#r3-date").getAttribute("aria-describedby")).isEqualTo("r3-date-error");
        for (int row : new int[]{1, 2, 4, 5}) {
            assertThat(browser.all("#row-" + row + " [aria-invalid=true]")).isEmpty();
            assertThat(browser.all("#row-" + row + " .field-error")).isEmpty();
        }
        // the user's values are kept
        assertThat(browser.find("#r1-record").getAttribute("value")).isEqualTo("Called about the rent");
        assertThat(browser.find("#r4-durationMinutes").getAttribute("value")).isEqualTo("20");
        assertThat(consultationCount(engagementId)).isZero();
        browser.screenshot("bulk-entry-en");
    }

    @Test
    void aBatchOfThreeGoodRowsStoresThreeAndTheEngagementListsThem() {
        UUID engagementId = openEngagement(alice, registerClient(alice, "Marie", "Trojí"), TODAY.minusDays(10));
        awaitJson(alice, "/api/engagements/" + engagementId, engagement -> true);
        Browser browser = browser("en");
        browser.login("alice");
        browser.awaitPath("/");
        browser.go("/engagements/" + engagementId + "/bulk?rows=3");
        assertThat(browser.all("table.grid tbody tr")).hasSize(3);
        browser.click("#bulk-more");
        browser.await("#row-13");
        fillRow(browser, 1, TODAY.minusDays(3).toString(), "30", "First");
        fillRow(browser, 7, TODAY.minusDays(2).toString(), "40", "Second");
        fillRow(browser, 13, TODAY.minusDays(1).toString(), "50", "Third");
        browser.click("#bulk-submit");
        browser.awaitPath("/engagements/" + engagementId);
        assertThat(browser.await("#notice").getText()).contains("3");
        assertThat(browser.all("table.consultations tbody tr.just-saved")).hasSize(3);
        assertThat(consultationCount(engagementId)).isEqualTo(3);
    }

    @Test
    void bulkEntrySpeaksCzechAndHungarianAndFitsAPhone() {
        UUID engagementId = openEngagement(alice, registerClient(alice, "Eva", "Jazyková"), TODAY.minusDays(10));
        awaitJson(alice, "/api/engagements/" + engagementId, engagement -> true);
        Browser czech = browser("cs");
        czech.login("alice");
        czech.awaitPath("/");
        czech.go("/engagements/" + engagementId + "/bulk");
        assertThat(czech.text("#bulk-title")).isEqualTo("Hromadný zápis konzultací");
        assertThat(czech.text("table.grid thead")).contains("Datum").contains("Druh").contains("Záznam");
        assertThat(czech.text("#bulk-submit")).isEqualTo("Uložit vše");
        czech.screenshot("bulk-entry-cs");

        Browser hungarian = browser("hu");
        hungarian.login("alice");
        hungarian.awaitPath("/");
        hungarian.go("/engagements/" + engagementId + "/bulk");
        assertThat(hungarian.text("#bulk-title")).startsWith("Több találkozás");
        assertThat(hungarian.text("table.grid thead")).contains("Dátum").contains("Helyszín").contains("Esetnapló");
        assertThat(hungarian.text("#bulk-submit")).isEqualTo("Összes mentése");
        hungarian.screenshot("bulk-entry-hu");

        Browser phone = phone("en");
        phone.login("alice");
        phone.awaitPath("/");
        phone.go("/engagements/" + engagementId + "/bulk");
        phone.await("table.grid");
        assertThat(phone.scrollsSideways()).isFalse();
        phone.screenshot("bulk-entry-phone");
        phone.go("/engagements/" + engagementId);
        phone.await("#engagement-title");
        assertThat(phone.scrollsSideways()).isFalse();
    }

    @Test
    void aCorrectionNeedsItsReasonAndAVoidedConsultationIsShownStruckThrough() {
        UUID engagementId = engagementWithConsultations(registerClient(alice, "Oto", "Opravný"), 2);
        var listed = alice.get("/api/chronology?engagement=" + engagementId).expect(200).json().get("items");
        String corrected = listed.get(0).get("id").asText();
        String voided = listed.get(1).get("id").asText();
        Browser browser = browser("en");
        browser.login("alice");
        browser.awaitPath("/");
        browser.go("/engagements/" + engagementId);
        browser.click("#consultation-" + corrected + " .correct-link");
        browser.await("#k-durationMinutes");
        assertThat(browser.find("#k-record").getAttribute("value")).isEqualTo("Talked about the rent");
        browser.fill("k-durationMinutes", "90");
        browser.click("#correction-submit");
        browser.await("#k-reason-error");
        assertThat(browser.find("#k-reason").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#k-durationMinutes").getAttribute("value")).isEqualTo("90");
        browser.fill("k-reason", "the meeting took an hour and a half");
        browser.click("#correction-submit");
        browser.awaitPath("/engagements/" + engagementId);
        assertThat(browser.await("#notice").getText()).contains("the meeting took an hour and a half");
        assertThat(browser.text("#consultation-" + corrected)).contains("90").contains("corrected");

        browser.click("#consultation-" + voided + " .void-link");
        browser.await("#v-reason");
        browser.click("#void-submit");
        browser.await("#v-reason-error");
        browser.fill("v-reason", "entered twice");
        browser.click("#void-submit");
        browser.awaitPath("/engagements/" + engagementId);
        assertThat(browser.await("#voided").getText()).contains("entered twice");
        assertThat(browser.find("#voided .in-error").getCssValue("text-decoration-line")).isEqualTo("line-through");
        assertThat(browser.all("#consultation-" + voided)).isEmpty();
        assertThat(consultationCount(engagementId)).isEqualTo(1);
    }

    @Test
    void anEngagementIsClosedWithItsReasonAndReopened() {
        UUID engagementId = engagementWithConsultations(registerClient(alice, "Zdena", "Uzavřená"), 1);
        Browser browser = browser("en");
        browser.login("alice");
        browser.awaitPath("/");
        browser.go("/engagements/" + engagementId);
        browser.click("#close-link");
        browser.await("#z-closedOn");
        browser.fill("z-closedOn", TODAY.toString());
        browser.click("#closure-submit");
        browser.await("#z-reason-error");
        browser.fill("z-reason", "SUCCESSFUL");
        browser.fill("z-followUp", "true");
        browser.fill("z-followUpAgreement", "A call every month until summer");
        browser.click("#closure-submit");
        browser.awaitPath("/engagements/" + engagementId);
        assertThat(browser.text("#engagement-state")).startsWith("Closed");
        assertThat(browser.text("#closure")).contains("A call every month until summer").contains("yes");
        assertThat(browser.all("#record")).isEmpty();

        browser.click("#reopen-link");
        browser.await("#r-reason");
        browser.fill("r-reason", "the landlord gave notice again");
        browser.click("#reopen-submit");
        browser.awaitPath("/engagements/" + engagementId);
        assertThat(browser.text("#engagement-state")).startsWith("Open");
        assertThat(alice.get("/api/engagements/" + engagementId).expect(200).json().get("open").asBoolean()).isTrue();
        assertThat(browser.all("#record")).hasSize(1);
    }
}
