package org.casework.command.rules;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link RuleViolationException} that names the given field and rule. */
public final class ViolationMatchers {

    private ViolationMatchers() {
    }

    public static Matcher<RuleViolationException> violates(String field, String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException exception) {
                return exception.violations().stream()
                        .anyMatch(v -> v.field().equals(field) && v.rule().equals(rule));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation of " + field + " / " + rule);
            }

            @Override
            protected void describeMismatchSafely(RuleViolationException item, Description mismatch) {
                mismatch.appendText("was " + item.violations());
            }
        };
    }
}
