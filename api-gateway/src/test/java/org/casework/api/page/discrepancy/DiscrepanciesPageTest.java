package org.casework.api.page.discrepancy;

import org.casework.api.support.Browser;
import org.casework.api.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The discrepancies page: a worker of the class's own with one engagement open for more than L days (so also more
 * than G days without a consultation) and one without a consultation only; a coordinator reads, filters and
 * downloads them.
 */
class DiscrepanciesPageTest extends BrowserTest {

    // made once for the class: the tests only read them
    private static String worker;
    private static UUID oldClient;
    private static UUID oldEngagement;
    private static UUID silentEngagement;
    private static boolean ready;

    @BeforeEach
    void discrepancies() {
        if (ready) {
            return;
        }
        worker = newWorker("disc");
        oldClient = client("Prošlý");
        oldEngagement = engagement(oldClient, 400);
        silentEngagement = engagement(client("Tichý"), 40);
        // three rows: the old engagement twice (open too long, without a consultation), the silent one once
        awaitJson(as("carol"), "/api/discrepancies?count=true&size=50&worker=" + worker,
                page -> page.get("total").asInt() == 3
                        && page.get("items").findValues("name").stream().noneMatch(n -> n.isNull()));
        ready = true;
    }

    private UUID client(String lastName) {
        return as("carol").post("/api/clients", Map.of("firstName", "Jana", "lastName", lastName,
                "birthDate", "1980-01-01", "registeredOn", TODAY.minusDays(500).toString(),
                "responsibleWorker", worker)).createdId();
    }

    private UUID engagement(UUID clientId, int daysAgo) {
        return as("carol").post("/api/clients/" + clientId + "/engagements", Map.of("title", "Housing",
                "openedOn", TODAY.minusDays(daysAgo).toString(), "responsibleWorker", worker)).createdId();
    }

    @Test
    void aCoordinatorFiltersTheDiscrepanciesAndOpensTheFileFromARow() {
        Browser browser = browser("en");
        browser.login("carol");
        browser.awaitPath("/");
        browser.click("a[href='/discrepancies']");
        browser.awaitPath("/discrepancies");
        // Enter submits the filters (htmx); a change of a field (leaving it) would too
        browser.fill("filter-worker", worker).field("filter-worker").sendKeys(Keys.ENTER);
        browser.awaitCount("#discrepancies tbody tr", 3);
        assertThat(browser.text("#discrepancies")).contains("3 in all").contains("Engagement open too long")
                .contains("Engagement without a consultation").contains("Jana Prošlý").contains("Jana Tichý");
        browser.screenshot("discrepancies-en");

        browser.fill("filter-kind", "ENGAGEMENT_OPEN_TOO_LONG");
        browser.awaitCount("#discrepancies tbody tr", 1);
        assertThat(browser.find("#discrepancies tbody tr a.engagement").getAttribute("href"))
                .endsWith("/engagements/" + oldEngagement);
        browser.click("#discrepancies tbody tr a.file");
        browser.awaitPath("/clients/" + oldClient);
    }

    @Test
    void theDiscrepanciesSpeakCzechAndHungarianAndFitAPhone() {
        Browser czech = browser("cs");
        czech.login("carol");
        czech.awaitPath("/");
        czech.go("/discrepancies?worker=" + worker + "&kind=ENGAGEMENT_WITHOUT_CONSULTATION");
        czech.awaitCount("#discrepancies tbody tr", 2);
        assertThat(czech.text("#discrepancies-title")).isEqualTo("Nesrovnalosti");
        assertThat(czech.text("#discrepancies tbody")).contains("Zakázka bez konzultace");

        Browser hungarian = phone("hu");
        hungarian.login("carol");
        hungarian.awaitPath("/");
        hungarian.go("/discrepancies?worker=" + worker);
        hungarian.awaitCount("#discrepancies tbody tr", 3);
        assertThat(hungarian.text("#discrepancies-title")).isEqualTo("Eltérések");
        assertThat(hungarian.text("label[for=filter-worker]")).isEqualTo("Felelős munkatárs");
        assertThat(hungarian.scrollsSideways()).isFalse();
        hungarian.screenshot("discrepancies-phone");
    }

    @Test
    void theRowsDownloadAsCsvAndXlsxWithTheFilters() {
        var session = pages("en").login("carol");
        HttpResponse<String> csv = session.get("/discrepancies/export.csv?kind=ENGAGEMENT_OPEN_TOO_LONG&worker="
                + worker);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains(".csv");
        assertThat(csv.body().split("\n")).hasSize(2);
        assertThat(csv.body()).contains(oldEngagement.toString()).doesNotContain(silentEngagement.toString());

        HttpResponse<String> xlsx = session.get("/discrepancies/export.xlsx?worker=" + worker);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
        assertThat(xlsx.body()).as("a zip archive").startsWith("PK");
    }

    @Test
    void aRoleThatReadsNoDiscrepanciesIsRefusedThePageAndItsDownloads() {
        var statistics = pages("en").login("stella");
        assertThat(statistics.get("/discrepancies").statusCode()).isEqualTo(403);
        assertThat(statistics.get("/discrepancies/export.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownKindIsRefusedAtTheFilter() {
        HttpResponse<String> answer = pages("en").login("carol").get("/discrepancies?kind=NO_SUCH_KIND");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("id=\"filter-kind-error\"");
    }
}
