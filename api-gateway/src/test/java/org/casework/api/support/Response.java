package org.casework.api.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An HTTP answer with assertions in the API's terms. */
public record Response(HttpResponse<String> raw) {

    public int status() {
        return raw.statusCode();
    }

    public String body() {
        return raw.body();
    }

    public String header(String name) {
        return raw.headers().firstValue(name).orElse(null);
    }

    public JsonNode json() {
        try {
            return Api.JSON.readTree(raw.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + raw.body(), e);
        }
    }

    public Response expect(int status) {
        assertThat(status()).as("status of %s %s, body %s", raw.request().method(), raw.request().uri(), body())
                .isEqualTo(status);
        return this;
    }

    public UUID createdId() {
        expect(201);
        return UUID.fromString(json().get("id").asText());
    }

    /** Asserts an RFC 9457 problem with this status that names the field and the rule. */
    public Response expectProblem(int status, String field, String rule) {
        expect(status);
        assertThat(header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).startsWith("urn:casework:problem:");
        assertThat(problem.get("correlationId").asText()).isNotBlank();
        assertThat(errors()).as("errors of %s", body()).contains(field + "/" + rule);
        return this;
    }

    /** Asserts a problem without field errors (not found, conflict, unauthorised...). */
    public Response expectProblem(int status) {
        expect(status);
        assertThat(header("Content-Type")).startsWith("application/problem+json");
        assertThat(json().get("status").asInt()).isEqualTo(status);
        assertThat(json().get("detail").asText()).isNotBlank();
        return this;
    }

    /** The problem's errors as {@code field/rule}. */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        JsonNode list = json().get("errors");
        if (list != null) {
            list.forEach(e -> errors.add(e.get("field").asText() + "/" + e.get("rule").asText()));
        }
        return errors;
    }
}
