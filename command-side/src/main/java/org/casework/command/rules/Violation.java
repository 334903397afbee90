package org.casework.command.rules;

/**
 * One broken rule: {@code field} is the path of the offending input as the API names it
 * (e.g. {@code consultations[2].date}), {@code rule} a stable kebab-case identifier.
 */
public record Violation(String field, String rule, String message) {
}
