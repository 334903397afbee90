package org.casework.api.page.clientmore;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Browser;
import org.casework.api.support.BrowserTest;
import org.casework.domain.household.IncomeKind;
import org.casework.domain.household.IncomeType;
import org.casework.domain.household.HouseholdRelation;
import org.casework.domain.household.Tenure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The card's household tab: an assessment entered in rows, the service's totals shown, a refused row marked. */
class HouseholdTabTest extends BrowserTest {

    private UUID client(String lastName) {
        UUID client = registerClient(alice, "Kata", lastName);
        awaitClientCard(client);
        return client;
    }

    private static String number(Locale locale, JsonNode value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(new BigDecimal(value.asText()));
    }

    @Test
    void anAssessmentEnteredInRowsShowsTheTotalsTheServiceComputed() {
        UUID client = client("Szabó");
        Browser browser = browser("en");
        browser.login("alice").awaitPath("/");
        browser.go("/clients/" + client + "/household");
        assertThat(browser.text("#no-assessment")).isNotBlank();
        browser.fill("f-peopleInDwelling", "3");
        // person row 1 left empty: the rows sent are renumbered, the incomes still reach their person
        browser.fill("m1-name", "Péter Szabó").fill("m1-relation", "SPOUSE").fill("m1-tenure", "OWNER")
                .fill("m1-birthDate", "1980-02-02");
        browser.fill("m2-name", "Anna Szabó").fill("m2-relation", "CHILD");
        browser.fill("i0-type", "WORK").fill("i0-kind", "WAGES").fill("i0-monthlyAmount", "180 000");
        browser.fill("i2-owner", "2").fill("i2-type", "PENSION").fill("i2-kind", "DISABILITY_PENSION")
                .fill("i2-monthlyAmount", "98000");
        browser.fill("i3-owner", "3").fill("i3-type", "CHILD_RELATED").fill("i3-kind", "FAMILY_ALLOWANCE")
                .fill("i3-monthlyAmount", "12200");
        browser.click("#save-assessment");
        browser.awaitPath("/clients/" + client + "/household");
        browser.await("details.assessment .total-income");

        JsonNode latest = alice.get("/api/clients/" + client + "/household-assessments").expect(200).json()
                .get("latest");
        assertThat(latest.get("totalIncome").asLong()).isEqualTo(290_200);
        assertThat(latest.at("/members/0/name").asText()).isEqualTo("Péter Szabó");
        assertThat(latest.at("/members/0/incomes/0/kind").asText()).isEqualTo("DISABILITY_PENSION");
        assertThat(latest.at("/members/1/incomes/0/kind").asText()).isEqualTo("FAMILY_ALLOWANCE");
        assertThat(latest.at("/clientIncomes/0/monthlyAmount").asLong()).isEqualTo(180_000);
        assertThat(browser.text("details.assessment .total-income"))
                .isEqualTo(number(Locale.ENGLISH, latest.get("totalIncome"))).isEqualTo("290,200");
        assertThat(browser.text("details.assessment .per-capita-income"))
                .isEqualTo(number(Locale.ENGLISH, latest.get("perCapitaIncome"))).isEqualTo("96,733.33");
        assertThat(browser.text("details.assessment table.members")).contains("Péter Szabó", "Anna Szabó");
        browser.screenshot("household-en");
    }

    @Test
    void aRefusedIncomeShowsItsErrorInItsRowAndNothingIsStored() {
        UUID client = client("Hibás");
        long before = storedEventsOf(client);
        Browser browser = browser("en");
        browser.login("alice").awaitPath("/");
        browser.go("/clients/" + client + "/household");
        browser.fill("f-peopleInDwelling", "2");
        browser.fill("m1-name", "Anna Hibás").fill("m1-relation", "CHILD");
        browser.fill("i0-owner", "2").fill("i0-type", "CHILD_RELATED").fill("i0-kind", "FAMILY_ALLOWANCE")
                .fill("i0-monthlyAmount", "12200");
        // the third income row, the client's first income: a family allowance is no income from work
        browser.fill("i2-type", "WORK").fill("i2-kind", "FAMILY_ALLOWANCE").fill("i2-monthlyAmount", "10");
        browser.click("#save-assessment");
        browser.await("#i2-kind-error");

        assertThat(browser.field("i2-kind").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.field("i2-kind").getAttribute("aria-describedby")).isEqualTo("i2-kind-error");
        assertThat(browser.all(".income-row .field-error")).hasSize(1);
        assertThat(browser.field("i0-kind").getAttribute("aria-invalid")).isNull();
        // the user's values stay
        assertThat(browser.field("i2-monthlyAmount").getAttribute("value")).isEqualTo("10");
        assertThat(browser.field("m1-name").getAttribute("value")).isEqualTo("Anna Hibás");
        assertThat(alice.get("/api/clients/" + client + "/household-assessments").expect(200).json()
                .get("history")).isEmpty();
        assertThat(storedEventsOf(client)).isEqualTo(before);
    }

    @Test
    void anIncomeOfAnEmptyPersonRowIsNotSentAndAnAmountThatIsNoNumberIsTheApisRefusal() {
        UUID client = client("Prázdná");
        var pages = pages("en").login("alice");
        String path = "/clients/" + client + "/household";
        HttpResponse<String> ownerless = pages.post(path, java.util.Map.of("peopleInDwelling", "1",
                "incomes[0].owner", "3", "incomes[0].type", "WORK", "incomes[0].kind", "WAGES",
                "incomes[0].monthlyAmount", "100"), path);
        assertThat(ownerless.statusCode()).isEqualTo(422);
        assertThat(ownerless.body()).contains("id=\"i0-owner-error\"");

        HttpResponse<String> notANumber = pages.post(path, java.util.Map.of("peopleInDwelling", "1",
                "incomes[0].owner", "client", "incomes[0].type", "WORK", "incomes[0].kind", "WAGES",
                "incomes[0].monthlyAmount", "1,5"), path);
        assertThat(notANumber.statusCode()).isEqualTo(422);
        assertThat(notANumber.body()).contains("id=\"i0-monthlyAmount-error\"").contains("value=\"1,5\"");
        assertThat(alice.get("/api/clients/" + client + "/household-assessments").expect(200).json()
                .get("history")).isEmpty();

        // "add a row" keeps what was typed and adds one
        HttpResponse<String> more = pages.post(path, java.util.Map.of("peopleInDwelling", "4",
                "members[0].name", "Béla", "more", "member"), path);
        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(more.body()).contains("id=\"m4-name\"").doesNotContain("id=\"m5-name\"")
                .contains("value=\"Béla\"");
    }

    @Test
    void theFormOffersEveryValueTheApiKnows() {
        UUID client = client("Číselníky");
        String page = pages("en").login("alice").get("/clients/" + client + "/household").body();
        assertThat(options(page, "i0-kind")).containsExactlyElementsOf(names(IncomeKind.values()));
        assertThat(options(page, "i0-type")).containsExactlyElementsOf(names(IncomeType.values()));
        assertThat(options(page, "m0-relation")).containsExactlyElementsOf(names(HouseholdRelation.values()));
        assertThat(options(page, "m0-tenure")).containsExactlyElementsOf(names(Tenure.values()));
    }

    @Test
    void aWorkerWhoMayNotSeeTheFileGetsTheNotFoundPage() {
        UUID client = client("Cizí");
        HttpResponse<String> page = pages("en").login("bob").get("/clients/" + client + "/household");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Cizí");
    }

    @Test
    void czechAndHungarianShowTranslatedLabelsAndThePhoneDoesNotScrollSideways() {
        UUID client = client("Nagy");
        alice.post("/api/clients/" + client + "/household-assessments", java.util.Map.of("peopleInDwelling", 2,
                "members", List.of(java.util.Map.of("name", "Nagy Péter", "relation", "SPOUSE", "tenure", "OWNER",
                        "incomes", List.of(java.util.Map.of("type", "WORK", "kind", "WAGES", "monthlyAmount",
                                250_000)))),
                "clientIncomes", List.of(java.util.Map.of("type", "PENSION", "kind", "OLD_AGE_PENSION",
                        "monthlyAmount", 120_500)))).expect(201);
        String path = "/clients/" + client + "/household";

        Browser czech = browser("cs");
        czech.login("alice").awaitPath("/");
        czech.go(path);
        assertThat(czech.text("#assessments-title")).isEqualTo("Šetření domácnosti a příjmů");
        assertThat(czech.text("label[for=f-peopleInDwelling]")).isEqualTo("Počet osob žijících v bytě");
        assertThat(czech.text("details.assessment .per-capita-income").replace('\u00a0', ' '))
                .isEqualTo("185 250");
        czech.screenshot("household-cs");

        Browser hungarian = browser("hu");
        hungarian.login("alice").awaitPath("/");
        hungarian.go(path);
        assertThat(hungarian.text("#assessments-title")).isEqualTo("Háztartási és jövedelmi adatok felmérése");
        assertThat(hungarian.text("#save-assessment")).isEqualTo("Felmérés mentése");
        hungarian.screenshot("household-hu");

        Browser phone = phone("en");
        phone.login("alice").awaitPath("/");
        phone.go(path);
        phone.await("details.assessment .total-income");
        assertThat(phone.scrollsSideways()).isFalse();
        phone.script("document.getElementById('assessments').scrollIntoView();");
        phone.screenshot("household-phone");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The values of a select's options, the empty "choose" left out. */
    private static List<String> options(String page, String selectId) {
        int start = page.indexOf("id=\"" + selectId + "\"");
        String select = page.substring(start, page.indexOf("</select>", start));
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"").matcher(select);
        List<String> values = new java.util.ArrayList<>();
        while (option.find()) {
            if (!option.group(1).isEmpty()) {
                values.add(option.group(1));
            }
        }
        return values;
    }
}
