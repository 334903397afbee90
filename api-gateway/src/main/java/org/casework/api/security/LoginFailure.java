package org.casework.api.security;

import java.util.Locale;

/** Why a login failed: the security log's detail, and the reason tag of the failed-login counter. */
enum LoginFailure {
    UNKNOWN_USER,
    WRONG_PASSWORD,
    ACCOUNT_DISABLED,
    ONE_TIME_CODE_MISSING,
    WRONG_ONE_TIME_CODE,
    /** a bearer token of the external identity provider */
    TOKEN_REFUSED;

    /** As the security log has always written it: "wrong password". */
    String text() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
