package org.casework.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the configured users into Spring Security users. With none configured, an {@code admin} user with a
 * random password is created and its password printed once, at start-up.
 */
final class ConfiguredUsers {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);
    static final String GENERATED_ADMIN = "admin";

    private ConfiguredUsers() {
    }

    static List<UserDetails> from(SecurityProperties properties, PasswordEncoder encoder) {
        if (properties.users().isEmpty()) {
            String password = randomPassword();
            log.warn("""

                    No users are configured (casework.security.users). Generated user '{}' with role ADMIN and \
                    password:

                        {}

                    This password is shown only now and changes at every start; configure users to replace it.
                    """, GENERATED_ADMIN, password);
            return List.of(User.withUsername(GENERATED_ADMIN).password(encoder.encode(password))
                    .roles(Role.ADMIN.name()).build());
        }
        List<UserDetails> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < properties.users().size(); i++) {
            SecurityProperties.User user = properties.users().get(i);
            String at = "casework.security.users[" + i + "]";
            require(user.username() != null && !user.username().isBlank(), at + ".username must be set");
            require(names.add(user.username()), at + ".username '" + user.username() + "' is declared twice");
            require(user.password() != null && !user.password().isBlank(), at + ".password must be set");
            require(user.roles() != null && !user.roles().isEmpty(), at + ".roles must name at least one role");
            users.add(User.withUsername(user.username())
                    .password(encoded(user.password(), encoder))
                    .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                    .build());
        }
        return users;
    }

    private static String encoded(String password, PasswordEncoder encoder) {
        return password.startsWith("{") ? password : encoder.encode(password);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Invalid user configuration: " + message);
        }
    }
}
