package org.casework.api.page.engagement;

import org.casework.api.page.Refusals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bulk-entry grid (ARUM's RZ): rows named {@code rows[3].date} and so on. Only rows with an input are sent,
 * so the API's {@code consultations[i]} is the i-th of those; {@link #sent} keeps which grid row each one was, and a
 * refusal lands on the row the user typed it in.
 */
final class BulkGrid {

    static final Pattern REFUSED = Pattern.compile("consultations\\[(\\d+)]\\.(.+)");

    private final List<BulkRow> rows = new ArrayList<>();
    private final List<BulkRow> sent = new ArrayList<>();

    private BulkGrid() {
    }

    static BulkGrid empty(int size) {
        return of(Map.of(), size);
    }

    static BulkGrid of(Map<String, String> form, int size) {
        BulkGrid grid = new BulkGrid();
        for (int i = 0; i < size; i++) {
            Map<String, String> inputs = new LinkedHashMap<>();
            for (String field : ConsultationForm.FIELDS) {
                inputs.put(field, form.getOrDefault("rows[" + i + "]." + field, ""));
            }
            BulkRow row = new BulkRow(i, inputs);
            grid.rows.add(row);
            if (!row.blank()) {
                grid.sent.add(row);
            }
        }
        return grid;
    }

    List<BulkRow> rows() {
        return rows;
    }

    /** The batch's JSON: the filled rows in grid order. */
    Map<String, Object> body() {
        return Map.of("consultations", sent.stream().map(row -> ConsultationForm.body(row.getInputs())).toList());
    }

    /** The fields of the batch the API may name, for {@link Refusals#of}. */
    static List<String> refusedFields(List<String> named) {
        return named.stream().filter(field -> REFUSED.matcher(field).matches()).toList();
    }

    /** Puts each refusal of a sent consultation on its grid row. */
    void mark(Refusals refusals) {
        refusals.byField().forEach((field, messages) -> {
            Matcher name = REFUSED.matcher(field);
            if (name.matches()) {
                int position = Integer.parseInt(name.group(1));
                if (position < sent.size()) {
                    sent.get(position).refuse(name.group(2), messages);
                }
            }
        });
    }
}
