package org.casework.api.page.engagement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The description of an engagement as a form holds it (opening, editing) and the API's body it makes. */
final class EngagementDetails {

    static final List<String> FIELDS = List.of("title", "goal", "problemTypes", "problemTypeNote", "peopleInvolved",
            "problemDescription");
    static final List<String> OPEN_FIELDS = List.of("title", "goal", "openedOn", "problemTypes", "problemTypeNote",
            "peopleInvolved", "problemDescription");
    static final List<String> EDIT_FIELDS = List.of("title", "goal", "problemTypes", "problemTypeNote",
            "peopleInvolved", "problemDescription", "reason");
    static final List<String> PROBLEM_TYPES = List.of("LIVING_CONDITIONS", "FAMILY_RELATIONSHIP",
            "DOMESTIC_VIOLENCE", "MENTAL_HEALTH", "CHILD_REARING", "FINANCIAL", "EMPLOYMENT", "HEALTH_IMPAIRMENT",
            "ADMINISTRATION_HELP", "INFORMATION_REQUEST", "OTHER");

    private EngagementDetails() {
    }

    /** The form's inputs: every text as typed, the problem types ticked. */
    static Map<String, Object> inputs(Map<String, ?> form, List<String> problemTypes) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (String field : OPEN_FIELDS) {
            Object value = form.get(field);
            inputs.put(field, value == null ? "" : value.toString());
        }
        inputs.put("reason", form.get("reason") == null ? "" : form.get("reason").toString());
        inputs.put("problemTypes", problemTypes == null ? List.of() : problemTypes);
        return inputs;
    }

    /** The engagement as the API lists it, as the inputs of the form that edits it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Map<String, Object> engagement) {
        Map<String, Object> form = new LinkedHashMap<>();
        FIELDS.forEach(field -> form.put(field, engagement.get(field) == null ? "" : engagement.get(field)));
        return inputs(form, (List<String>) engagement.get("problemTypes"));
    }

    /** The description's JSON; the opening day and the reason of an edit are added by the page that asks. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> body(Map<String, Object> inputs) {
        Map<String, Object> body = new LinkedHashMap<>();
        Inputs.put(body, "title", Inputs.text((String) inputs.get("title")));
        Inputs.put(body, "goal", Inputs.text((String) inputs.get("goal")));
        List<String> types = (List<String>) inputs.get("problemTypes");
        Inputs.put(body, "problemTypes", types.isEmpty() ? null : types);
        Inputs.put(body, "problemTypeNote", Inputs.text((String) inputs.get("problemTypeNote")));
        Inputs.put(body, "peopleInvolved", Inputs.number((String) inputs.get("peopleInvolved")));
        Inputs.put(body, "problemDescription", Inputs.text((String) inputs.get("problemDescription")));
        return body;
    }
}
