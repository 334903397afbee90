package org.casework.api.page.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted form as the API's JSON body, and back. An input is named by the API's own field path
 * ({@code addresses.permanent.city}), so a refusal names the input it belongs to. Empty inputs are left out, and so
 * is an object left without any value; every value goes as the text the user typed, for the API to judge.
 */
final class FormBody {

    private FormBody() {
    }

    /** The form's values of {@code fields} (others, such as the CSRF token, are not the API's). */
    static Map<String, String> values(Map<String, String> form, Collection<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            String value = form.get(field);
            if (value != null && !value.isBlank()) {
                values.put(field, value);
            }
        }
        return values;
    }

    /** The nested JSON object of dotted field paths. */
    static Map<String, Object> json(Map<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        values.forEach((path, value) -> put(body, path.split("\\."), 0, value));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> into, String[] path, int at, Object value) {
        if (at == path.length - 1) {
            into.put(path[at], value);
            return;
        }
        Object inner = into.computeIfAbsent(path[at], name -> new LinkedHashMap<String, Object>());
        put((Map<String, Object>) inner, path, at + 1, value);
    }

    /** The values of a JSON object (as the API answered it) under dotted field paths, for a form to edit. */
    static Map<String, String> flatten(Map<String, Object> json, Collection<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            Object value = json;
            for (String name : field.split("\\.")) {
                value = value instanceof Map<?, ?> map ? map.get(name) : null;
            }
            if (value != null && !(value instanceof Map<?, ?>)) {
                values.put(field, value.toString());
            }
        }
        return values;
    }

    /** A text area of one item per line (plan goals) as the list the API takes; blank lines are not items. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }
}
