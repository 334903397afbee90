package org.casework.api.page;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API's refusal, translated for a form: each message under the field it names ({@code birthNumber},
 * {@code consultations[2].date}), and the refusal's own message for the rest. A rule's text is
 * {@code rule.<rule>} in the page's language; the API's English words are kept beside it for a rule not yet
 * translated (MessageKeysTest fails on such a rule). A message of a field the form does not show is listed with
 * the field's words in front ({@code FieldLabels}: "Person 3 › Income 1 › Monthly amount: ...").
 */
public final class Refusals {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    private Refusals() {
    }

    public static Refusals none() {
        return new Refusals();
    }

    /** The refusal of {@code answer}, translated; {@code fields} are the inputs the form shows. */
    public static Refusals of(ApiAnswer answer, MessageSource messages, java.util.Collection<String> fields) {
        Refusals refusals = new Refusals();
        Locale locale = LocaleContextHolder.getLocale();
        List<ApiAnswer.Refusal> errors = answer.errors();
        for (ApiAnswer.Refusal error : errors) {
            String text = messages.getMessage("rule." + error.rule(), new Object[]{error.message()},
                    error.message(), locale);
            if (fields.contains(error.field())) {
                refusals.byField.computeIfAbsent(error.field(), f -> new ArrayList<>()).add(text);
            } else {
                String label = FieldLabels.of(error.field(), messages, locale);
                refusals.general.add(label.isEmpty() ? text : label + ": " + text);
            }
        }
        if (errors.isEmpty() && !answer.ok()) {
            String type = answer.problemType();
            String detail = answer.detail() == null ? "" : answer.detail();
            refusals.general.add(messages.getMessage("problem." + type, new Object[]{detail},
                    detail.isEmpty() ? type : detail, locale));
        }
        return refusals;
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Messages of fields the page does not show, and of refusals that name no field. */
    public List<String> general() {
        return general;
    }

    /** Every field with messages, for rows of a grid ({@code consultations[3].date}). */
    public Map<String, List<String>> byField() {
        return byField;
    }
}
