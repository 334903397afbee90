package org.casework.api.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpHeaders;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal's field path in the page's words, part by part ({@link FieldLabels}), with the bundles as the pages
 * load them ({@link PageConfiguration#messageSource()}); no Spring context.
 */
class FieldLabelsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale CS = Locale.forLanguageTag("cs");
    private static final Locale HU = Locale.forLanguageTag("hu");

    private final MessageSource messages = new PageConfiguration().messageSource();

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    private String label(String path, Locale language) {
        return FieldLabels.of(path, messages, language);
    }

    @Test
    void aPlainNameReadsAsTheFieldsLabelOnItsForm() {
        assertThat(label("birthNumber", EN)).isEqualTo("Birth number");
        assertThat(label("birthNumber", CS)).isEqualTo("Rodné číslo");
        assertThat(label("birthNumber", HU)).isEqualTo("Születési szám");
        assertThat(label("durationMinutes", CS)).isEqualTo("Trvání (min)");
    }

    @Test
    void aNestedPathNamesEachPartAndNumbersTheItemsFromOne() {
        String path = "members[2].incomes[0].monthlyAmount";
        assertThat(label(path, EN)).isEqualTo("Person 3 › Income 1 › Monthly amount");
        assertThat(label(path, CS)).isEqualTo("Osoba 3 › Příjem 1 › Měsíční částka");
        assertThat(label(path, HU)).isEqualTo("3. személy › 1. jövedelem › Havi összeg");
        assertThat(label("consultations[4].participants[1]", EN)).isEqualTo("Consultation 5 › Participant 2");
        assertThat(label("addresses.permanent.postalCode", CS))
                .isEqualTo("Adresy › Adresa trvalého pobytu › PSČ");
        assertThat(label("goals[0]", HU)).isEqualTo("1. cél");
    }

    @Test
    void aNameThatMeansAnotherThingUnderItsParentHasItsOwnWords() {
        assertThat(label("kind", CS)).isEqualTo("Druh");
        assertThat(label("clientIncomes[0].kind", CS)).isEqualTo("Příjem klienta 1 › Typ příjmu");
        assertThat(label("members[1].incomes[3].kind", EN)).isEqualTo("Person 2 › Income 4 › Kind of income");
        assertThat(label("name", CS)).isEqualTo("Název");
        assertThat(label("members[0].name", CS)).isEqualTo("Osoba 1 › Jméno a příjmení");
        assertThat(label("slots.MONDAY", EN)).isEqualTo("Requested times › Monday");
        assertThat(label("slots[MONDAY]", HU)).isEqualTo("Kért időpontok › Hétfő");
    }

    @Test
    void anUnknownNameStaysAsTheApiWroteIt() {
        assertThat(label("shoeSize", EN)).isEqualTo("shoeSize");
        assertThat(label("shoeSize", CS)).isEqualTo("shoeSize");
        assertThat(label("members[0].shoeSize", EN)).isEqualTo("Person 1 › shoeSize");
        assertThat(label("things[1].colour", EN)).isEqualTo("things, item 2 › Colour");
        assertThat(label("things[1]", CS)).isEqualTo("things, položka 2");
        assertThat(label("roles[]", EN)).isEqualTo("Roles");
        assertThat(label("", EN)).isEmpty();
    }

    @Test
    void withoutTheBundleThePathStillReadsAsNamesAndNumbers() {
        assertThat(FieldLabels.of("members[2].incomes[0].monthlyAmount", new StaticMessageSource(), EN))
                .isEqualTo("members 3 › incomes 1 › monthlyAmount");
    }

    @Test
    void aRefusalOfAFieldTheFormDoesNotShowIsListedUnderTheFieldsWords() throws Exception {
        LocaleContextHolder.setLocale(CS);
        ApiAnswer answer = new ApiAnswer(422, new HttpHeaders(), new ObjectMapper().readTree("""
                {"type": "https://casework.example/problems/rule-violation", "errors": [
                  {"field": "members[2].incomes[0].monthlyAmount", "rule": "not-negative",
                   "message": "must not be negative"},
                  {"field": "peopleInDwelling", "rule": "positive", "message": "must be at least 1"},
                  {"field": "", "rule": "not-negative", "message": "must not be negative"}]}"""));

        Refusals refusals = Refusals.of(answer, messages, List.of("peopleInDwelling"));

        assertThat(refusals.of("peopleInDwelling")).containsExactly("Číslo musí být větší než nula.");
        assertThat(refusals.general()).containsExactly(
                "Osoba 3 › Příjem 1 › Měsíční částka: Číslo nesmí být záporné.",
                "Číslo nesmí být záporné.");
    }
}
