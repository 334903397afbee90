package org.casework.api.page;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form's fields as the API's JSON and query parameters want them: an empty field (a form sends every field) is
 * left out, so the API sees no value and a filter left empty is no filter.
 */
public final class FormValues {

    private FormValues() {
    }

    public static String given(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The fields that were filled in, in order; null when none was. */
    public static Map<String, Object> filled(Map<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (given(value) != null) {
                body.put(name, given(value));
            }
        });
        return body.isEmpty() ? null : body;
    }
}
