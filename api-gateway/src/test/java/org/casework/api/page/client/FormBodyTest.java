package org.casework.api.page.client;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormBodyTest {

    @Test
    void dottedInputsBecomeNestedObjectsAndEmptyInputsAndObjectsAreLeftOut() {
        Map<String, String> form = Map.of("firstName", "Jana", "lastName", " ", "_csrf", "token",
                "addresses.permanent.city", "Brno", "addresses.permanent.street", "",
                "addresses.actual.city", "", "contacts.email", "jana@example.org");
        Map<String, String> values = FormBody.values(form, PersonalDataFields.ALL);

        assertThat(values).doesNotContainKeys("_csrf", "lastName", "addresses.actual.city");
        assertThat(FormBody.json(values)).isEqualTo(Map.of("firstName", "Jana",
                "addresses", Map.of("permanent", Map.of("city", "Brno")),
                "contacts", Map.of("email", "jana@example.org")));
    }

    @Test
    void anAnswerIsFlattenedBackIntoTheInputsOfAForm() {
        Map<String, Object> card = new java.util.HashMap<>(Map.of("firstName", "Jana", "birthDate", "1985-01-01",
                "addresses", Map.of("permanent", Map.of("city", "Brno", "houseNumber", 12))));
        card.put("birthNumber", null);

        assertThat(FormBody.flatten(card, PersonalDataFields.ALL)).containsExactly(Map.entry("firstName", "Jana"),
                Map.entry("birthDate", "1985-01-01"), Map.entry("addresses.permanent.houseNumber", "12"),
                Map.entry("addresses.permanent.city", "Brno"));
    }

    @Test
    void aTextAreaIsOneItemPerNonBlankLine() {
        assertThat(FormBody.lines("Keep the flat\r\n\r\n  Pay the arrears \n")).isEqualTo(
                List.of("Keep the flat", "Pay the arrears"));
        assertThat(FormBody.lines(null)).isEmpty();
    }
}
