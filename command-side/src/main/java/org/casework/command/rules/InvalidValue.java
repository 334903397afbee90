package org.casework.command.rules;

/** A single value breaks a format rule; the caller knows which field it came from. */
public class InvalidValue extends IllegalArgumentException {

    private final String rule;

    public InvalidValue(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
