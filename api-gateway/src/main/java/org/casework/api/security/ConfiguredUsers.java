package org.casework.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * The bootstrap of the user table, at start-up: the configured administrator and each configured user
 * ({@link UserConfiguration}) that is not in the table yet is added with its configured password and roles; one
 * already there is left as ADMIN last set it. When no enabled user with role ADMIN is stored after that, whatever
 * else is configured, an {@code admin} user with a random password is created and its password printed once, so an
 * installation is never left without an administrator.
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
        for (SecurityProperties.User user : UserConfiguration.checked(properties)) {
            if (accounts.create(user.username(), encoded(user.password()), user.roles(), clock.instant(), BOOTSTRAP)) {
                log.info("Added configured user '{}' with roles {}", user.username(), user.roles());
            }
        }
        if (!accounts.anyEnabled(Role.ADMIN)) {
            generateAdmin();
        }
    }

    /** {@code admin}, or {@code admin-2} and so on when a user of that name exists without being an administrator. */
    private void generateAdmin() {
        String password = randomPassword();
        String hash = encoder.encode(password);
        String name = GENERATED_ADMIN;
        for (int n = 2; !accounts.create(name, hash, List.of(Role.ADMIN), clock.instant(), BOOTSTRAP); n++) {
            name = GENERATED_ADMIN + "-" + n;
        }
        log.warn("""

                No enabled user with role ADMIN is stored (configure one: casework.security.admin.username and \
                .password). Generated user '{}' with role ADMIN and password:

                    {}

                This password is shown only now; change it (PUT /api/me/password) or add users.
                """, name, password);
    }

    private String encoded(String password) {
        return UserConfiguration.encoded(password) ? password : encoder.encode(password);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
