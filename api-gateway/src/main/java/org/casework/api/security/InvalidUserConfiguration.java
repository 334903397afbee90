package org.casework.api.security;

/** A configured user breaks a rule ({@link UserConfiguration}); the message names the setting, never its value. */
class InvalidUserConfiguration extends IllegalStateException {

    private final String property;

    InvalidUserConfiguration(String property, String environmentVariable, String rule) {
        super("Invalid user configuration: " + property + " (" + environmentVariable + ") " + rule);
        this.property = property;
    }

    String property() {
        return property;
    }
}
