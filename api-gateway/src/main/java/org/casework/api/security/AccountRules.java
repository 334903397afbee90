package org.casework.api.security;

import java.nio.charset.StandardCharsets;

/**
 * The rules for user names and passwords: the same for a user created through the API and for one configured at
 * start-up ({@link ConfiguredUsers}).
 */
public final class AccountRules {

    public static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,63}";
    public static final String USERNAME_RULE = "must be 2 to 64 lower-case letters, digits, '.', '_' or '-'";
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 64;
    /** bcrypt reads no more than 72 bytes; a longer password would be cut short without a word. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final String PASSWORD_RULE = "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters";
    public static final String PASSWORD_BYTES_RULE = "must not be longer than " + MAX_PASSWORD_BYTES
            + " bytes in UTF-8";

    private AccountRules() {
    }

    public static boolean validUsername(String username) {
        return username != null && username.matches(USERNAME);
    }

    /** The rule a plain password breaks, or null. */
    public static String brokenPasswordRule(String password) {
        int length = password == null ? 0 : password.length();
        if (length < MIN_PASSWORD || length > MAX_PASSWORD) {
            return PASSWORD_RULE;
        }
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES ? PASSWORD_BYTES_RULE : null;
    }
}
