package org.casework.command.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every broken rule of one command before anything is applied, so a caller learns about all of
 * them at once.
 */
public final class Violations {

    private final String prefix;
    private final List<Violation> found;

    public Violations() {
        this("", new ArrayList<>());
    }

    private Violations(String prefix, List<Violation> found) {
        this.prefix = prefix;
        this.found = found;
    }

    /** A view that records into the same list with every field name prefixed, e.g. {@code consultations[3].}. */
    public Violations under(String fieldPrefix) {
        return new Violations(prefix + fieldPrefix, found);
    }

    /** Records a violation unless {@code holds}. */
    public Violations require(boolean holds, String field, String rule, String message) {
        if (!holds) {
            add(field, rule, message);
        }
        return this;
    }

    public Violations add(String field, String rule, String message) {
        found.add(new Violation(prefix + field, rule, message));
        return this;
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new RuleViolationException(found);
        }
    }
}
