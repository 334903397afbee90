package org.casework.api.page.client.more;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Form inputs as the API's JSON: blank is absent, a whole number is sent as one, anything else as typed. */
final class Inputs {

    private Inputs() {
    }

    static String text(String input) {
        return input == null || input.isBlank() ? null : input.strip();
    }

    /**
     * A whole number when the input is one (spaces between thousands allowed, as cs and hu write them); otherwise
     * the text itself, so the API names the field with its type rule.
     */
    static Object number(String input) {
        String text = text(input);
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (digits.matches("-?\\d{1,18}")) {
            return Long.parseLong(digits);
        }
        return text;
    }

    /** Names separated by commas or spaces. */
    static List<String> names(String input) {
        List<String> names = new ArrayList<>();
        String text = text(input);
        if (text != null) {
            for (String name : text.split("[,;\\s]+")) {
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    static void put(Map<String, Object> body, String name, Object value) {
        if (value != null) {
            body.put(name, value);
        }
    }
}
