package org.casework.api.web;

import java.util.List;

/** Request parameters that do not fit together; answered with 400 naming the fields. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(String field, String rule, String message) {
        super(field + ": " + message);
        this.errors = List.of(new FieldError(field, rule, message));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
