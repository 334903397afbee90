package org.casework.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bootstrap of the user table, at start-up: each configured user that is not in the table yet is added with
 * its configured password and roles; one already there is left as ADMIN last set it. With no users configured and
 * none stored, an {@code admin} user with a random password is created and its password printed once.
 */
@Component
class ConfiguredUsers implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);
    static final String GENERATED_ADMIN = "admin";
    static final String BOOTSTRAP = "configuration";

    private final SecurityProperties properties;
    private final PasswordEncoder encoder;
    private final UserAccounts accounts;
    private final Clock clock;

    ConfiguredUsers(SecurityProperties properties, PasswordEncoder encoder, UserAccounts accounts, Clock clock) {
        this.properties = properties;
        this.encoder = encoder;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        validate(properties.users());
        for (SecurityProperties.User user : properties.users()) {
            if (accounts.create(user.username(), encoded(user.password()), user.roles(), clock.instant(), BOOTSTRAP)) {
                log.info("Added configured user '{}' with roles {}", user.username(), user.roles());
            }
        }
        if (properties.users().isEmpty() && !accounts.any()) {
            String password = randomPassword();
            accounts.create(GENERATED_ADMIN, encoder.encode(password), List.of(Role.ADMIN), clock.instant(), BOOTSTRAP);
            log.warn("""

                    No users are configured (casework.security.users) or stored. Generated user '{}' with role ADMIN \
                    and password:

                        {}

                    This password is shown only now; change it (PUT /api/admin/users/{}/password) or add users.
                    """, GENERATED_ADMIN, password, GENERATED_ADMIN);
        }
    }

    private static void validate(List<SecurityProperties.User> users) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            SecurityProperties.User user = users.get(i);
            String at = "casework.security.users[" + i + "]";
            require(user.username() != null && !user.username().isBlank(), at + ".username must be set");
            require(names.add(user.username()), at + ".username '" + user.username() + "' is declared twice");
            require(user.password() != null && !user.password().isBlank(), at + ".password must be set");
            require(user.roles() != null && !user.roles().isEmpty(), at + ".roles must name at least one role");
        }
    }

    private String encoded(String password) {
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
