package org.casework.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Passwords verified lately, so a client that sends HTTP Basic with every request does not pay a bcrypt round
 * (tens of milliseconds of CPU) on each. What is kept is an HMAC of name and password under a key that lives only
 * in this process's memory, beside the stored hash it was checked against: a password change (a new hash) makes
 * the entry useless at once, and disabling, roles and two-factor are read from the user's row on every request as
 * before. A wrong password is never kept, so each wrong try still costs a full bcrypt round.
 */
final class VerifiedLogins {

    private record Verified(String passwordHash, byte[] digest) {
    }

    private final Cache<String, Verified> verified;
    private final SecretKeySpec key;
    private final boolean enabled;

    VerifiedLogins(Duration keepFor, long maxUsers) {
        this.enabled = !keepFor.isZero() && !keepFor.isNegative();
        this.verified = Caffeine.newBuilder().expireAfterWrite(enabled ? keepFor : Duration.ofSeconds(1))
                .maximumSize(maxUsers).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this password was verified against this very hash lately. */
    boolean known(Account account, String password) {
        if (!enabled) {
            return false;
        }
        Verified entry = verified.getIfPresent(account.username());
        return entry != null && entry.passwordHash().equals(account.passwordHash())
                && MessageDigest.isEqual(entry.digest(), digest(account.username(), password));
    }

    void remember(Account account, String password) {
        if (enabled) {
            verified.put(account.username(), new Verified(account.passwordHash(), digest(account.username(), password)));
        }
    }

    private byte[] digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
