package org.casework.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Users declared in configuration: {@code casework.security.users[0].username=alice},
 * {@code ...users[0].password=...}, {@code ...users[0].roles=WORKER}. A password is plain text, or prefixed with
 * its encoding as Spring Security writes it (e.g. {@code {bcrypt}$2a$10$...}).
 */
@ConfigurationProperties("casework.security")
public record SecurityProperties(List<User> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String password, List<Role> roles) {
    }
}
