package org.casework.api.page.engagement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the bulk-entry grid: the user's inputs and the API's refusals of them. It answers {@code has(field)}
 * and {@code of(field)} like {@link org.casework.api.page.Refusals}, so the shared field-error fragment shows them.
 */
final class BulkRow {

    private final int index;
    private final Map<String, String> inputs;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    BulkRow(int index, Map<String, String> inputs) {
        this.index = index;
        this.inputs = inputs;
    }

    /** The row's number as the grid shows it, from 1. */
    public int getNumber() {
        return index + 1;
    }

    public int getIndex() {
        return index;
    }

    public Map<String, String> getInputs() {
        return inputs;
    }

    public boolean blank() {
        return ConsultationForm.blank(inputs);
    }

    void refuse(String field, List<String> messages) {
        if (ConsultationForm.FIELDS.contains(field)) {
            errors.computeIfAbsent(field, f -> new ArrayList<>()).addAll(messages);
        } else {
            general.addAll(messages);
        }
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public List<String> of(String field) {
        return errors.getOrDefault(field, List.of());
    }

    /** Refusals of this row that name none of its inputs. */
    public List<String> getGeneral() {
        return general;
    }

    public boolean isRefused() {
        return !errors.isEmpty() || !general.isEmpty();
    }
}
