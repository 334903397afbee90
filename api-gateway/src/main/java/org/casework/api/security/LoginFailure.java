package org.casework.api.security;

import java.util.Locale;

/** Why a login failed: the security log's detail, and the reason tag of the failed-login counter. */
enum LoginFailure {
    UNKNOWN_USER("unknown user"),
    WRONG_PASSWORD("wrong password"),
    ACCOUNT_DISABLED("account disabled"),
    ONE_TIME_CODE_MISSING("one-time code missing"),
    WRONG_ONE_TIME_CODE("wrong one-time code"),
    /** a bearer token of the external identity provider */
    TOKEN_REFUSED("token refused");

    private final String text;

    LoginFailure(String text) {
        this.text = text;
    }

    /** As the security log has always written it: "wrong password". */
    String text() {
        return text;
    }

    /** The counter's tag: "wrong-password". */
    String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
