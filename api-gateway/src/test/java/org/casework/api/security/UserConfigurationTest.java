package org.casework.api.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules for configured users and the administrator, checked before anything is stored. */
class UserConfigurationTest {

    private static final String GOOD = "twelve-chars";

    private static SecurityProperties configured(SecurityProperties.Admin admin, SecurityProperties.User... users) {
        return new SecurityProperties(List.of(users), null, null, null, admin);
    }

    private static SecurityProperties.User user(String name, String password) {
        return new SecurityProperties.User(name, password, List.of(Role.WORKER));
    }

    private static void refused(SecurityProperties properties, String message) {
        assertThatThrownBy(() -> UserConfiguration.checked(properties))
                .isInstanceOf(InvalidUserConfiguration.class)
                .hasMessage("Invalid user configuration: " + message);
    }

    @Test
    void theAdministratorComesFirstWithRoleAdminThenTheUsersAsConfigured() {
        List<SecurityProperties.User> users = UserConfiguration.checked(configured(
                new SecurityProperties.Admin("boss", GOOD), user("carol", "{noop}carol")));

        assertThat(users).containsExactly(new SecurityProperties.User("boss", GOOD, List.of(Role.ADMIN)),
                user("carol", "{noop}carol"));
    }

    @Test
    void anAdministratorPasswordOutsideTwelveToSixtyFourCharactersIsRefusedNamingTheVariable() {
        String rule = "casework.security.admin.password (CASEWORK_SECURITY_ADMIN_PASSWORD) must be 12 to 64 characters";
        refused(configured(new SecurityProperties.Admin("boss", "eleven-char")), rule);
        refused(configured(new SecurityProperties.Admin("boss", "x".repeat(65))), rule);
        assertThat(UserConfiguration.checked(configured(new SecurityProperties.Admin("boss", "x".repeat(64)))))
                .hasSize(1);
    }

    @Test
    void aPasswordOfMoreThanSeventyTwoBytesIsRefusedSinceBcryptWouldCutItShort() {
        refused(configured(new SecurityProperties.Admin("boss", "ž".repeat(40))),
                "casework.security.admin.password (CASEWORK_SECURITY_ADMIN_PASSWORD) must not be longer than 72"
                        + " bytes in UTF-8");
    }

    @Test
    void anAdministratorNeedsBothNameAndPassword() {
        refused(configured(new SecurityProperties.Admin(null, GOOD)), "casework.security.admin.username"
                + " (CASEWORK_SECURITY_ADMIN_USERNAME) must be set when casework.security.admin.password is");
        refused(configured(new SecurityProperties.Admin("boss", " ")), "casework.security.admin.password"
                + " (CASEWORK_SECURITY_ADMIN_PASSWORD) must be set when casework.security.admin.username is");
    }

    @Test
    void namesFollowTheRuleOfTheUserApi() {
        String rule = "must be 2 to 64 lower-case letters, digits, '.', '_' or '-'";
        refused(configured(new SecurityProperties.Admin("Boss", GOOD)), "casework.security.admin.username"
                + " (CASEWORK_SECURITY_ADMIN_USERNAME) " + rule);
        refused(configured(new SecurityProperties.Admin("b", GOOD)), "casework.security.admin.username"
                + " (CASEWORK_SECURITY_ADMIN_USERNAME) " + rule);
        refused(configured(new SecurityProperties.Admin(null, null), user("alice", GOOD), user("bob smith", GOOD)),
                "casework.security.users[1].username (CASEWORK_SECURITY_USERS_1_USERNAME) " + rule);
    }

    @Test
    void aPlainPasswordOfAConfiguredUserFollowsTheRuleAndAnEncodedOneIsTakenUnchecked() {
        refused(configured(null, user("alice", "{noop}alice"), user("bob", "bob")),
                "casework.security.users[1].password (CASEWORK_SECURITY_USERS_1_PASSWORD) must be 12 to 64 characters");
        assertThat(UserConfiguration.checked(configured(null, user("alice", "{bcrypt}$2a$10$abc"),
                user("bob", "{noop}bob")))).hasSize(2);
        // not an encoding Spring Security knows: a plain password, too short
        refused(configured(null, user("alice", "{x}alice")),
                "casework.security.users[0].password (CASEWORK_SECURITY_USERS_0_PASSWORD) must be 12 to 64 characters");
    }

    @Test
    void aNameDeclaredTwiceIsRefusedNamingBothPlaces() {
        refused(configured(new SecurityProperties.Admin("boss", GOOD), user("alice", GOOD), user("boss", GOOD)),
                "casework.security.users[1].username (CASEWORK_SECURITY_USERS_1_USERNAME) names 'boss', which"
                        + " casework.security.admin.username names already");
    }

    @Test
    void aConfiguredUserNeedsAPasswordAndARole() {
        refused(configured(null, user("alice", null)),
                "casework.security.users[0].password (CASEWORK_SECURITY_USERS_0_PASSWORD) must be set");
        refused(configured(null, new SecurityProperties.User("alice", GOOD, List.of())),
                "casework.security.users[0].roles (CASEWORK_SECURITY_USERS_0_ROLES) must name at least one role");
    }

    @Test
    void theFailureOfAStartIsOneLineNamingTheSettingNeverItsValue() {
        InvalidUserConfiguration failure = new InvalidUserConfiguration("casework.security.admin.password",
                "CASEWORK_SECURITY_ADMIN_PASSWORD", "must be 12 to 64 characters");

        var analysis = new UserConfigurationFailureAnalyzer().analyze(
                new IllegalStateException("bean creation failed", failure));

        assertThat(analysis.getDescription()).isEqualTo("Invalid user configuration: casework.security.admin.password"
                + " (CASEWORK_SECURITY_ADMIN_PASSWORD) must be 12 to 64 characters").doesNotContain("\n");
        assertThat(analysis.getAction()).startsWith("Correct casework.security.admin.password");
    }
}
