package org.casework.api.page;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpHeaders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the API answered a page: the status, the headers and the JSON body (null when it sent none). A refusal is
 * an RFC 9457 problem; {@link #errors()} lists the fields it names with their rules.
 */
public record ApiAnswer(int status, HttpHeaders headers, JsonNode body) {

    /** One refused input as the problem names it: the field's path, the rule and the API's own words. */
    public record Refusal(String field, String rule, String message) {
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean notFound() {
        return status == 404;
    }

    /** The API's "stored, but not in the read models yet": a page waits and asks again, never shows "not found". */
    public boolean notYetReadable() {
        return status == 503 && body != null && body.path("type").asText("").endsWith("not-yet-readable");
    }

    /** The id of what a 201 created ({@code {"id": ...}}). */
    public Optional<UUID> createdId() {
        if (status != 201 || body == null || !body.hasNonNull("id")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(body.get("id").asText()));
    }

    /** The problem's short type (the last part of its {@code type} URI), e.g. {@code rule-violation}. */
    public String problemType() {
        if (body == null || !body.hasNonNull("type")) {
            return "status-" + status;
        }
        String type = body.get("type").asText();
        return type.substring(type.lastIndexOf('/') + 1);
    }

    /** The problem's own sentence ({@code detail}), in English. */
    public String detail() {
        return body == null ? null : body.path("detail").asText(null);
    }

    public List<Refusal> errors() {
        List<Refusal> refusals = new ArrayList<>();
        if (body != null && body.path("errors").isArray()) {
            for (JsonNode error : body.get("errors")) {
                refusals.add(new Refusal(error.path("field").asText(""), error.path("rule").asText(""),
                        error.path("message").asText("")));
            }
        }
        return refusals;
    }
}
