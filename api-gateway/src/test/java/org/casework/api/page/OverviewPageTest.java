package org.casework.api.page;

import org.casework.api.support.Api;
import org.casework.api.support.Browser;
import org.casework.api.support.CareEntries;
import org.casework.api.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.MessageSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page: the worker's summary and the coloured overview, in three languages, on a desktop and a phone. */
class OverviewPageTest extends BrowserTest {

    @Autowired
    private MessageSource messages;
    @Autowired
    private ServerProperties server;

    /** A surname no other test uses, of letters only (names are checked like any text). */
    private static String surname(String stem) {
        Random random = new Random();
        StringBuilder tail = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            tail.append((char) ('a' + random.nextInt(26)));
        }
        return stem + tail;
    }

    private UUID register(String firstName, String lastName) {
        return alice.post("/api/clients", Map.of("firstName", firstName, "lastName", lastName,
                "birthDate", "1985-03-15")).createdId();
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    @Test
    void aWorkersHomeCountsHerFilesAndListsTheWeeksRemindersAndHerOpenEngagements() {
        as("adam").put("/api/admin/settings", Map.of("statusMode", "AUTOMATIC", "contactedStateUsed", false,
                "noContactDays", 90, "consultationGapDays", 30, "openEngagementDays", 365,
                "statusSharedWithFamily", false)).expect(200);
        String worker = "home-" + UUID.randomUUID().toString().substring(0, 8);
        as("adam").post("/api/admin/users", Map.of("username", worker, "password", worker + "-pw",
                "roles", List.of("WORKER"))).expect(201);
        Api api = as(worker);
        String lastName = surname("Zelená");
        UUID green = api.post("/api/clients", Map.of("firstName", "Jana", "lastName", lastName,
                "birthDate", "1980-01-01", "registeredOn", TODAY.minusDays(1).toString())).createdId();
        String file = "/api/clients/" + green;
        CareEntries.contract(api, file, "H/1", TODAY.minusDays(1), TODAY.minusDays(1), TODAY.plusDays(5));
        CareEntries.plan(api, file, TODAY.minusDays(1), TODAY.plusDays(3));
        UUID engagement = api.post(file + "/engagements", Map.of("title", "Dluhy",
                "openedOn", TODAY.minusDays(2).toString())).createdId();
        api.post("/api/engagements/" + engagement + "/consultations", Map.of("date", TODAY.minusDays(1).toString(),
                "kind", "MEETING", "durationMinutes", 30, "place", "IN_OFFICE")).expect(201);

        Browser browser = browser("en").login(worker);
        browser.awaitPath("/");
        assertThat(browser.text("#summary-title")).contains(worker);
        assertThat(browser.find(".colour-counts a[href='/?colour=GREEN']").getText()).contains("1");
        List<WebElement> reminders = browser.all("#reminders li");
        assertThat(reminders).as("the plan review, then the contract's end").hasSize(2);
        assertThat(reminders.get(0).findElement(By.tagName("time")).getAttribute("datetime"))
                .isEqualTo(TODAY.plusDays(3).toString());
        assertThat(reminders.get(1).findElement(By.tagName("time")).getAttribute("datetime"))
                .isEqualTo(TODAY.plusDays(5).toString());
        assertThat(reminders.get(0).getText()).contains("Jana " + lastName);
        assertThat(browser.all("#reminders-more")).as("all of the week's are listed").isEmpty();
        assertThat(browser.find("#work-list a[href='/engagements/" + engagement + "']").getText())
                .isEqualTo("Dluhy");
        assertThat(browser.text("#work-list li")).as("one day, not \"1 days\"")
                .endsWith("1 day since the last consultation");
    }

    @Test
    void aWorkerFindsHerClientByNameIgnoringDiacriticsAndCaseAndSeesItsColourByName() {
        String lastName = surname("Dvořáková");
        UUID id = register("Jana", lastName);
        Browser browser = browser("en").login("alice");
        browser.awaitPath("/");
        browser.fill("filter-q", lastName.replace("ř", "r").replace("á", "a").toUpperCase(Locale.ROOT));
        browser.click(".filters button[type=submit]");
        browser.awaitPath("/?q=");
        browser.awaitCount("table.overview tbody tr", 1);
        WebElement row = browser.await("tr[data-client='" + id + "']");
        assertThat(browser.all("table.overview tbody tr")).hasSize(1);
        assertThat(row.getText()).contains("Jana " + lastName);

        WebElement chip = row.findElement(org.openqa.selenium.By.cssSelector("details.chip"));
        String colour = chip.getAttribute("data-colour");
        assertThat(colour).isEqualTo("YELLOW");
        assertThat(chip.getText()).as("the colour by its name, never colour alone")
                .isEqualTo(text("code.colour.YELLOW", "en")).isNotEqualTo("YELLOW");
        WebElement summary = chip.findElement(org.openqa.selenium.By.tagName("summary"));
        assertThat(summary.getAttribute("title")).as("the explanation on hover").contains("waiting for admission");
        summary.click();
        assertThat(chip.findElement(org.openqa.selenium.By.cssSelector(".explanation")).isDisplayed())
                .as("and on tap").isTrue();
    }

    @Test
    void theOverviewSpeaksCzechAndHungarianWithTranslatedCodesAndDates() {
        String lastName = surname("Horváth");
        UUID id = register("Anna", lastName);
        for (String language : new String[]{"cs", "hu"}) {
            Browser browser = browser(language).login("alice");
            browser.go("/?q=" + lastName);
            WebElement row = browser.await("tr[data-client='" + id + "']");
            assertThat(browser.text("#overview-title")).isEqualTo(text("home.overview", language));
            assertThat(browser.text("label[for=filter-status]")).isEqualTo(text("home.filter.status", language));
            assertThat(row.getText()).contains(text("code.status.APPLICANT", language))
                    .contains(text("code.colour.YELLOW", language));
            String born = language.equals("cs") ? "15. 3. 1985" : "1985. márc. 15.";
            assertThat(row.getText()).as("dates in the language's own format").contains(born);
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language);
            browser.screenshot("overview-" + language);
        }
        browser("en").login("alice").screenshot("overview-en");
    }

    @Test
    void theLanguageChosenInTheHeaderIsRemembered() {
        Browser browser = browser("en").login("alice");
        browser.click(".languages a[hreflang=hu]");
        browser.await("html[lang=hu]");
        browser.go("/");
        assertThat(browser.text("#overview-title")).isEqualTo(text("home.overview", "hu"));
        browser.click(".languages a[hreflang=cs]");
        browser.await("html[lang=cs]");
        assertThat(browser.text(".main-nav a")).isEqualTo(text("nav.home", "cs"));
    }

    @Test
    void onAPhoneTheOverviewNeedsNoSidewaysScrolling() {
        register("Marie", surname("Procházková"));
        Browser phone = phone("cs").login("alice");
        phone.awaitPath("/");
        phone.await("#overview-title");
        assertThat(phone.script("return window.innerWidth")).isEqualTo(360L);
        assertThat(phone.scrollsSideways()).isFalse();
        phone.screenshot("overview-phone");
    }

    @Test
    void aRoleThatSeesNoFilesIsToldSoAndAFilterTheApiRefusesIsSaidAboveTheList() {
        HttpResponse<String> statistics = pages("en").login("stella").get("/");
        assertThat(statistics.statusCode()).isEqualTo(200);
        assertThat(statistics.body()).contains(text("home.overview.notForRole", "en"));

        HttpResponse<String> refused = pages("en").login("alice").get("/?status=NO_SUCH_STATUS");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"").contains("status");
    }

    @Test
    void thePageAsksTheApiWithItsOwnParametersOnly() {
        // the page's own query (size=100000) must not reach the API, which refuses sizes over its maximum
        HttpResponse<String> page = pages("en").login("alice").get("/?size=100000&count=maybe");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("role=\"alert\"");
    }

    @Test
    void aFilterChangeReReadsTheOverviewAloneNotTheWorkersSummary() {
        var session = pages("en").login("alice");
        assertThat(session.get("/").body()).contains("id=\"summary-title\"").contains("id=\"overview\"");
        HttpResponse<String> filtered = session.htmx("/?status=SERVICE_USER", "overview");
        assertThat(filtered.statusCode()).isEqualTo(200);
        assertThat(filtered.body()).contains("id=\"overview\"").doesNotContain("id=\"summary-title\"");
    }

    @Test
    void browsingKeepsOneSessionTheApiRequestsOfAPageLeaveItAsItIs() {
        var session = pages("en").login("alice");
        for (int view = 0; view < 3; view++) {
            HttpResponse<String> page = session.get("/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as("no new session id").isEmpty();
        }
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        var session = pages("en").login("alice");
        // a form from elsewhere: no token, so nothing happens and the user stays logged in
        HttpResponse<String> logout = session.postWithoutToken("/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(session.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesUnlessConfigured() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(server.getServlet().getSession().getCookie().getHttpOnly()).isTrue();
    }
}
