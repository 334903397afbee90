package org.casework.api.page.engagement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inputs of one consultation (a form, or a row of the bulk grid) and the API's body they make. */
final class ConsultationForm {

    static final List<String> FIELDS = List.of("date", "kind", "durationMinutes", "travelMinutes", "place",
            "placeNote", "record", "participants");
    static final List<String> KINDS = List.of("MEETING", "PHONE", "EMAIL", "PREPARATION", "INFORMATION_SEARCH",
            "MEASURE", "CASE_CONFERENCE");
    static final List<String> PLACES = List.of("IN_OFFICE", "CLIENT_HOME", "ELSEWHERE");

    private ConsultationForm() {
    }

    /** The consultation's JSON: the typed values of the inputs, empty ones left out. */
    static Map<String, Object> body(Map<String, String> inputs) {
        Map<String, Object> body = new LinkedHashMap<>();
        Inputs.put(body, "date", Inputs.text(inputs.get("date")));
        Inputs.put(body, "kind", Inputs.text(inputs.get("kind")));
        Inputs.put(body, "durationMinutes", Inputs.number(inputs.get("durationMinutes")));
        Inputs.put(body, "travelMinutes", Inputs.number(inputs.get("travelMinutes")));
        Inputs.put(body, "place", Inputs.text(inputs.get("place")));
        Inputs.put(body, "placeNote", Inputs.text(inputs.get("placeNote")));
        Inputs.put(body, "record", Inputs.text(inputs.get("record")));
        Inputs.put(body, "participants", Inputs.names(inputs.get("participants")));
        return body;
    }

    /** The inputs of a consultation's fields only, from everything a form sent. */
    static Map<String, String> inputs(Map<String, String> form) {
        Map<String, String> inputs = new LinkedHashMap<>();
        FIELDS.forEach(field -> inputs.put(field, form.getOrDefault(field, "")));
        return inputs;
    }

    static boolean blank(Map<String, String> inputs) {
        return FIELDS.stream().allMatch(field -> Inputs.text(inputs.get(field)) == null);
    }

    /** A consultation as the chronology lists it, as the inputs of a form that corrects it. */
    static Map<String, String> of(Map<String, Object> row) {
        Map<String, String> inputs = new LinkedHashMap<>();
        FIELDS.forEach(field -> {
            Object value = row.get(field);
            if (value instanceof List<?> list) {
                inputs.put(field, String.join(", ", list.stream().map(String::valueOf).toList()));
            } else {
                inputs.put(field, value == null ? "" : value.toString());
            }
        });
        return inputs;
    }
}
