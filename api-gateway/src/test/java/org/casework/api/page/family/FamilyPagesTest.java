package org.casework.api.page.family;

import org.casework.api.support.Browser;
import org.casework.api.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The family pages in a browser: the overview with its filters, and a family's life from registration on. */
class FamilyPagesTest extends BrowserTest {

    /** A word no other test's name holds, of letters only (the name search folds case and diacritics). */
    private static String word() {
        StringBuilder word = new StringBuilder("Zq");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private UUID family(String name, String worker) {
        return alice.post("/api/families", Map.of("name", name, "responsibleWorker", worker)).createdId();
    }

    @Test
    void aWorkerRegistersAFamilyAddsAMemberAndLetsTheMemberLeave() {
        String first = word();
        UUID daughter = alice.post("/api/clients", Map.of("firstName", first, "lastName", "Dvořáková",
                "birthDate", "2010-05-04")).createdId();
        Browser browser = browser("en");
        browser.login("alice");
        browser.awaitPath("/");
        browser.go("/families");
        browser.click("#new-family");
        browser.awaitPath("/families/new");
        browser.fill("f-name", "Dvořákovi " + first).fill("f-street", "Dlouhá").fill("f-houseNumber", "12")
                .fill("f-city", "Praha").fill("f-postalCode", "11000");
        browser.click("#register-family");
        browser.await("#card-title");
        String familyPath = browser.path().split("[?#]", 2)[0];
        assertThat(familyPath).matches("/families/[0-9a-f-]{36}");
        assertThat(browser.text("#card-title")).isEqualTo("Dvořákovi " + first);
        assertThat(browser.text("dl.facts")).contains("Dlouhá 12, 11000 Praha");
        assertThat(browser.text("#members")).contains("No members yet");

        browser.fill("member-search", "dvorakova " + first.toLowerCase());
        browser.click("#member-search-submit");
        browser.await("li[data-found='" + daughter + "']");
        assertThat(browser.all("ul.found > li")).hasSize(1);
        browser.fill("m-" + daughter + "-relation", "CHILD");
        browser.click("li[data-found='" + daughter + "'] button.add");
        browser.await("tr[data-member='" + daughter + "']");
        assertThat(browser.path()).startsWith(familyPath);
        String row = browser.text("tr[data-member='" + daughter + "']");
        assertThat(row).contains(first + " Dvořáková");
        assertThat(browser.find("tr[data-member='" + daughter + "'] a").getAttribute("href"))
                .endsWith("/clients/" + daughter);
        assertThat(browser.text("#members-title")).isEqualTo("Members (1)");
        browser.script("window.scrollTo(0, 0);");
        browser.screenshot("family-card-en");

        browser.click("tr[data-member='" + daughter + "'] a.leave");
        browser.await("#confirm-leave");
        assertThat(browser.text("#leave-question")).contains(first + " Dvořáková").contains("Dvořákovi " + first);
        browser.click("#confirm-leave");
        browser.await("#members-title");
        assertThat(browser.path()).startsWith(familyPath);
        assertThat(browser.all("tr[data-member='" + daughter + "']")).isEmpty();
        assertThat(browser.text("#members-title")).isEqualTo("Members (0)");
        assertThat(browser.all("li[data-former='" + daughter + "']")).hasSize(1);
    }

    @Test
    void theOverviewFindsAFamilyByItsNameWithoutDiacriticsOrCaseInEveryLanguage() {
        String worker = newWorker("fam");
        UUID dvorak = family("Dvořákovi", worker);
        UUID horvath = family("Horváthék", worker);
        family("Kovácsovi", worker);
        String filtered = "/families?worker=" + worker;

        Browser czech = browser("cs");
        czech.login("carol");
        czech.awaitPath("/");
        czech.go(filtered);
        czech.await("tr[data-family='" + horvath + "']");
        assertThat(czech.text("#family-overview-title")).isEqualTo("Rodiny");
        assertThat(czech.text("label[for=filter-q]")).isEqualTo("Název rodiny");
        assertThat(czech.all("#family-overview tbody tr")).hasSize(3);
        assertThat(czech.find("tr[data-family='" + dvorak + "'] details.chip").getAttribute("data-colour"))
                .isNotBlank();
        czech.screenshot("families-cs");

        czech.fill("filter-q", "DVORAK"); // typing reloads the list (htmx), as the Filter button does without it
        new WebDriverWait(czech.driver(), Duration.ofSeconds(10))
                .until(d -> czech.all("tr[data-family='" + horvath + "']").isEmpty());
        assertThat(czech.all("#family-overview tbody tr")).hasSize(1);
        assertThat(czech.all("tr[data-family='" + dvorak + "']")).hasSize(1);

        Browser hungarian = browser("hu");
        hungarian.login("carol");
        hungarian.awaitPath("/");
        hungarian.go(filtered + "&q=horvath");
        hungarian.await("tr[data-family='" + horvath + "']");
        assertThat(hungarian.text("#family-overview-title")).isEqualTo("Családok");
        assertThat(hungarian.text("label[for=filter-q]")).isEqualTo("A család neve");
        assertThat(hungarian.all("#family-overview tbody tr")).hasSize(1);
        hungarian.go(filtered);
        hungarian.await("tr[data-family='" + horvath + "']");
        hungarian.screenshot("families-hu");

        Browser english = browser("en");
        english.login("carol");
        english.awaitPath("/");
        english.go(filtered);
        english.await("tr[data-family='" + horvath + "']");
        english.screenshot("families-en");
    }

    @Test
    void theOverviewFitsAPhoneWithoutSidewaysScrolling() {
        String worker = newWorker("fam");
        UUID family = family("Procházkovi", worker);
        Browser phone = phone("en");
        phone.login("carol");
        phone.awaitPath("/");
        phone.go("/families?worker=" + worker);
        phone.await("tr[data-family='" + family + "']");
        assertThat(phone.scrollsSideways()).isFalse();
        phone.screenshot("families-phone");
        // the colour's explanation opens on a tap, and the page still fits
        phone.click("tr[data-family='" + family + "'] details.chip summary");
        phone.await("tr[data-family='" + family + "'] .explanation");
        assertThat(phone.scrollsSideways()).isFalse();
    }
}
