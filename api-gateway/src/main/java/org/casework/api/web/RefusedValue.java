package org.casework.api.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.http.HttpStatus;

/**
 * A JSON value the API refuses by one of its own rules (a text with a control character, a day outside the
 * calendar's years); Jackson adds the field path as it unwinds, {@link ProblemHandler} answers with the rule.
 */
class RefusedValue extends JsonMappingException {

    private final transient HttpStatus status;
    private final String rule;

    RefusedValue(JsonParser parser, HttpStatus status, String rule, String message) {
        super(parser, message);
        this.status = status;
        this.rule = rule;
    }

    HttpStatus status() {
        return status;
    }

    String rule() {
        return rule;
    }
}
