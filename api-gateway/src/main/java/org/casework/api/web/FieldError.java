package org.casework.api.web;

/** One offending input: its path as the request names it, the rule it breaks and a readable message. */
public record FieldError(String field, String rule, String message) {
}
