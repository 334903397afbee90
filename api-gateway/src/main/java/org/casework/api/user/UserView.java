package org.casework.api.user;

import org.casework.api.security.Account;
import org.casework.api.security.Role;

import java.time.Instant;
import java.util.Set;

/** A user as ADMIN sees it; never the password hash or the one-time code secret. */
record UserView(String username, Set<Role> roles, boolean enabled, TwoFactor twoFactor, Instant createdAt,
                Instant changedAt, String changedBy) {

    enum TwoFactor {
        NONE,
        /** a secret was handed out and waits for its first code */
        PENDING,
        ENROLLED
    }

    static TwoFactor twoFactor(Account account) {
        return account.totpEnrolled() ? TwoFactor.ENROLLED
                : account.totpSecret() != null ? TwoFactor.PENDING : TwoFactor.NONE;
    }

    static UserView of(Account account) {
        return new UserView(account.username(), account.roles(), account.enabled(), twoFactor(account),
                account.createdAt(), account.changedAt(), account.changedBy());
    }
}
