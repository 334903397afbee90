package org.casework.api.page.engagement;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Form inputs as the API's JSON values: an empty input is no value, a number is sent as a number, and anything else
 * as the text the user typed, so the API names the field with its own type rule.
 */
final class Inputs {

    private Inputs() {
    }

    static String text(String input) {
        return input == null || input.isBlank() ? null : input;
    }

    static Object number(String input) {
        String text = text(input);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** Names separated by commas, as a list; none is no value. */
    static List<String> names(String input) {
        String text = text(input);
        if (text == null) {
            return null;
        }
        List<String> names = Arrays.stream(text.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        return names.isEmpty() ? null : names;
    }

    static void put(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
