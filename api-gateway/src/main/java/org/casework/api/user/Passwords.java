package org.casework.api.user;

import org.casework.api.security.AccountRules;
import org.casework.api.web.InvalidInputException;

import java.nio.charset.StandardCharsets;

/** The rules for user names and passwords ({@link AccountRules}) as request bodies check them. */
final class Passwords {

    static final String USERNAME = AccountRules.USERNAME;
    static final String USERNAME_RULE = AccountRules.USERNAME_RULE;
    static final int MIN = AccountRules.MIN_PASSWORD;
    static final int MAX = AccountRules.MAX_PASSWORD;

    private Passwords() {
    }

    static void checkBytes(String field, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > AccountRules.MAX_PASSWORD_BYTES) {
            throw new InvalidInputException(field, "max-bytes", AccountRules.PASSWORD_BYTES_RULE);
        }
    }
}
