package org.casework.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Users declared in configuration: {@code casework.security.users[0].username=alice},
 * {@code ...users[0].password=...}, {@code ...users[0].roles=WORKER}. A password is plain text, or prefixed with
 * its encoding as Spring Security writes it (e.g. {@code {bcrypt}$2a$10$...}). They are added to the user table at
 * start-up when missing (a bootstrap); from then on ADMIN manages them through {@code /api/admin/users}.
 * {@code lockout}: after {@code maxFailures} failed logins in a row an account is locked for {@code duration}.
 * {@code jwt}: the claims read from a token of an external identity provider.
 */
@ConfigurationProperties("casework.security")
public record SecurityProperties(List<User> users, Lockout lockout, Jwt jwt) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        lockout = lockout == null ? new Lockout(0, null) : lockout;
        jwt = jwt == null ? new Jwt(null, null) : jwt;
    }

    public record User(String username, String password, List<Role> roles) {
    }

    public record Lockout(int maxFailures, Duration duration) {

        public Lockout {
            maxFailures = maxFailures <= 0 ? 5 : maxFailures;
            duration = duration == null ? Duration.ofMinutes(15) : duration;
        }
    }

    public record Jwt(String usernameClaim, String rolesClaim) {

        public Jwt {
            usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        }
    }
}
