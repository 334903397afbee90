package org.casework.command.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A command broke one or more domain rules; nothing was applied. */
public class RuleViolationException extends RuntimeException {

    private final transient List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public static RuleViolationException of(String field, String rule, String message) {
        return new RuleViolationException(List.of(new Violation(field, rule, message)));
    }

    /** The same violations as seen by a caller whose input is nested one level less deep. */
    public RuleViolationException withoutFieldPrefix(String prefix) {
        return new RuleViolationException(violations.stream()
                .map(v -> new Violation(v.field().startsWith(prefix) ? v.field().substring(prefix.length()) : v.field(),
                        v.rule(), v.message()))
                .toList());
    }

    public List<Violation> violations() {
        return violations;
    }
}
