package org.casework.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Users declared in configuration: {@code casework.security.users[0].username=alice},
 * {@code ...users[0].password=...}, {@code ...users[0].roles=WORKER}. A password is plain text, or prefixed with
 * its encoding as Spring Security writes it (e.g. {@code {bcrypt}$2a$10$...}). They are added to the user table at
 * start-up when missing (a bootstrap); from then on ADMIN manages them through {@code /api/admin/users}.
 * {@code loginThrottle}: how failed logins slow down their source ({@link LoginThrottle}; README "Logging in").
 * {@code jwt}: the claims read from a token of an external identity provider. {@code verifiedLoginTtl}: how long a
 * verified password spares the next requests their bcrypt round ({@link VerifiedLogins}; 0 for never).
 * {@code admin}: the first administrator ({@code casework.security.admin.username/password}), added with role
 * ADMIN like a configured user.
 */
@ConfigurationProperties("casework.security")
public record SecurityProperties(List<User> users, Throttle loginThrottle, Jwt jwt, Duration verifiedLoginTtl,
                                 Admin admin) {

    public SecurityProperties {
        verifiedLoginTtl = verifiedLoginTtl == null ? Duration.ofMinutes(5) : verifiedLoginTtl;
        users = users == null ? List.of() : List.copyOf(users);
        loginThrottle = loginThrottle == null ? new Throttle(0, 0, null, null, null, 0) : loginThrottle;
        jwt = jwt == null ? new Jwt(null, null) : jwt;
        admin = admin == null ? new Admin(null, null) : admin;
    }

    public record User(String username, String password, List<Role> roles) {
    }

    /** Both null when no administrator is configured. */
    public record Admin(String username, String password) {

        boolean configured() {
            return username != null || password != null;
        }
    }

    /**
     * Failures of one account from one source, and of all accounts from one source, before that source waits;
     * the first wait, doubled after each further failure up to the longest; how long a quiet source's count is
     * kept (at least the longest wait); how many sources and pairs are tracked at most.
     */
    public record Throttle(int accountFailures, int sourceFailures, Duration firstDelay, Duration maxDelay,
                                Duration forgetAfter, long maxTracked) {

        public Throttle {
            accountFailures = accountFailures <= 0 ? 3 : accountFailures;
            sourceFailures = sourceFailures <= 0 ? 20 : sourceFailures;
            firstDelay = firstDelay == null || firstDelay.isNegative() || firstDelay.isZero() ? Duration.ofSeconds(1)
                    : firstDelay;
            maxDelay = maxDelay == null || maxDelay.compareTo(firstDelay) < 0 ? Duration.ofMinutes(10) : maxDelay;
            forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
            forgetAfter = forgetAfter.compareTo(maxDelay) < 0 ? maxDelay : forgetAfter;
            maxTracked = maxTracked <= 0 ? 100_000 : maxTracked;
        }
    }

    public record Jwt(String usernameClaim, String rolesClaim) {

        public Jwt {
            usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        }
    }
}
