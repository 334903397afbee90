package org.casework.api.user;

import org.casework.api.web.InvalidInputException;

import java.nio.charset.StandardCharsets;

/** The rules for user names and passwords. */
final class Passwords {

    static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,63}";
    static final String USERNAME_RULE = "must be 2 to 64 lower-case letters, digits, '.', '_' or '-'";
    static final int MIN = 12;
    static final int MAX = 64;
    /** bcrypt reads no more than 72 bytes; a longer password would be cut short without a word. */
    private static final int MAX_BYTES = 72;

    private Passwords() {
    }

    static void checkBytes(String field, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException(field, "max-bytes", "must not be longer than " + MAX_BYTES
                    + " bytes in UTF-8");
        }
    }
}
