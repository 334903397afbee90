package org.casework.api.statistics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The care indicators as a long table for the CSV export, made from the very JSON the API answers, so the CSV
 * carries every figure of it: one line per leaf, {@code indicator} its path ({@code problemTypes.clients}), an
 * element of a list named in {@code breakdown} by its {@link #NAMES} (its problem type, worker or reason; an income
 * band by its bounds {@code [from,to)}). A figure with nothing to divide by has an empty value.
 */
final class IndicatorRows {

    /** Fields that name a line of a list, or the question itself at the top: never figures. */
    static final Set<String> NAMES = Set.of("problemType", "worker", "reason", "from", "to");

    @JsonPropertyOrder({"indicator", "breakdown", "value"})
    record Row(String indicator, String breakdown, Number value) {
    }

    private IndicatorRows() {
    }

    static List<Row> of(JsonNode indicators) {
        List<Row> rows = new ArrayList<>();
        walk(indicators, "", null, rows);
        return rows;
    }

    /** The breakdown an element of a list is named by. */
    static String breakdown(JsonNode element) {
        if (element.has("from")) {
            JsonNode to = element.get("to");
            return "[" + element.get("from").asText() + "," + (to == null || to.isNull() ? "" : to.asText()) + ")";
        }
        for (String name : NAMES) {
            JsonNode value = element.get(name);
            if (value != null) {
                return value.isNull() ? "" : value.asText();
            }
        }
        return null;
    }

    private static void walk(JsonNode node, String path, String breakdown, List<Row> rows) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode value = field.getValue();
            if (NAMES.contains(field.getKey())) {
                continue;
            }
            if (value.isObject()) {
                walk(value, name, breakdown, rows);
            } else if (value.isArray()) {
                value.forEach(element -> walk(element, name, breakdown(element), rows));
            } else if (value.isNumber() || value.isNull()) {
                rows.add(new Row(name, breakdown, value.isNull() ? null : value.numberValue()));
            }
        }
    }
}
