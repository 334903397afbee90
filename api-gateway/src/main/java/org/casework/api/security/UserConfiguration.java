package org.casework.api.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The users configured for the bootstrap, checked: the administrator of {@code casework.security.admin} first (role
 * ADMIN), then {@code casework.security.users}. Names follow {@link AccountRules} and so does every plain password;
 * a password given encoded as Spring Security writes it ({@code {bcrypt}$2a$...}, {@code {noop}...}) was chosen
 * elsewhere and cannot be checked. The first broken rule is refused with {@link InvalidUserConfiguration}.
 */
final class UserConfiguration {

    static final String ADMIN = "casework.security.admin";
    /** The encodings of Spring Security's {@code DelegatingPasswordEncoder}; anything else is a plain password. */
    private static final Pattern ENCODED = Pattern.compile(
            "\\{(bcrypt|noop|ldap|MD4|MD5|SHA-1|SHA-256|sha256|pbkdf2[^}]*|scrypt[^}]*|argon2[^}]*)}.*");

    private UserConfiguration() {
    }

    static List<SecurityProperties.User> checked(SecurityProperties properties) {
        List<SecurityProperties.User> users = new ArrayList<>();
        Map<String, String> declaredAt = new HashMap<>();
        SecurityProperties.Admin admin = properties.admin();
        if (admin.configured()) {
            require(present(admin.username()), ADMIN + ".username", "must be set when " + ADMIN + ".password is");
            require(present(admin.password()), ADMIN + ".password", "must be set when " + ADMIN + ".username is");
            SecurityProperties.User user = new SecurityProperties.User(admin.username(), admin.password(),
                    List.of(Role.ADMIN));
            check(user, ADMIN, declaredAt);
            users.add(user);
        }
        for (int i = 0; i < properties.users().size(); i++) {
            SecurityProperties.User user = properties.users().get(i);
            String at = "casework.security.users[" + i + "]";
            require(present(user.username()), at + ".username", "must be set");
            require(present(user.password()), at + ".password", "must be set");
            require(user.roles() != null && !user.roles().isEmpty(), at + ".roles", "must name at least one role");
            check(user, at, declaredAt);
            users.add(user);
        }
        return users;
    }

    static boolean encoded(String password) {
        return ENCODED.matcher(password).matches();
    }

    /** The environment variable Spring Boot binds to {@code property}, e.g. CASEWORK_SECURITY_USERS_0_PASSWORD. */
    static String environmentVariable(String property) {
        return property.replace("[", ".").replace("]", "").replace("-", "").replace('.', '_')
                .toUpperCase(Locale.ROOT);
    }

    private static void check(SecurityProperties.User user, String at, Map<String, String> declaredAt) {
        require(AccountRules.validUsername(user.username()), at + ".username", AccountRules.USERNAME_RULE);
        String earlier = declaredAt.putIfAbsent(user.username(), at);
        require(earlier == null, at + ".username", "names '" + user.username() + "', which " + earlier
                + ".username names already");
        if (!encoded(user.password())) {
            String broken = AccountRules.brokenPasswordRule(user.password());
            require(broken == null, at + ".password", broken);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String property, String rule) {
        if (!condition) {
            throw new InvalidUserConfiguration(property, environmentVariable(property), rule);
        }
    }
}
