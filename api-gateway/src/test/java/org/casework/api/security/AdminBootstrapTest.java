package org.casework.api.security;

import org.casework.api.support.Api;
import org.casework.api.support.ServiceWithMovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bootstrap of administrators on services of their own, started without the test profile's users: an
 * installation that configures only a coordinator still gets an administrator, and a bad administrator password
 * stops the start with one line naming the variable.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private static final String[] ONLY_A_COORDINATOR = {
            "--casework.security.users[0].username=carol",
            "--casework.security.users[0].password=carol-long-password",
            "--casework.security.users[0].roles=COORDINATOR"};
    private static final Pattern GENERATED = Pattern.compile(
            "Generated user 'admin' with role ADMIN and password:\\s+(\\S+)");

    @Test
    void anInstallationConfiguringOnlyACoordinatorGetsAGeneratedAdministratorWhoseOncePrintedPasswordWorks(
            @TempDir Path data, CapturedOutput output) {
        try (ConfigurableApplicationContext service = ServiceWithMovableClock.start(data, ONLY_A_COORDINATOR)) {
            Matcher printed = GENERATED.matcher(output.getOut());
            assertThat(printed.find()).as("the generated password in the log").isTrue();
            Api admin = ServiceWithMovableClock.api(service, "admin").as("admin", printed.group(1));

            assertThat(admin.get("/api/admin/users").expect(200).json().findValuesAsText("username"))
                    .containsExactly("admin", "carol");
            assertThat(ServiceWithMovableClock.api(service, "carol").as("carol", "carol-long-password")
                    .get("/api/me").expect(200).json().get("username").asText()).isEqualTo("carol");
        }
        // started again with an administrator configured: added, and no second generated one
        try (ConfigurableApplicationContext service = ServiceWithMovableClock.start(data, withAdmin(
                ONLY_A_COORDINATOR, "boss", "the-boss-password"))) {
            assertThat(service.getBean(JdbcTemplate.class).queryForList("select username || ':' || roles"
                    + " from app_user order by username", String.class))
                    .containsExactly("admin:ADMIN", "boss:ADMIN", "carol:COORDINATOR");
            assertThat(GENERATED.matcher(output.getOut()).results().count()).isEqualTo(1);
        }
    }

    @Test
    void aBadAdministratorPasswordStopsTheStartWithOneLineNamingTheVariableAndTheRule(@TempDir Path data,
                                                                                      CapturedOutput output) {
        assertThatThrownBy(() -> ServiceWithMovableClock.start(data, withAdmin(ONLY_A_COORDINATOR, "boss",
                "Short-Pw-9")).close()).hasRootCauseInstanceOf(InvalidUserConfiguration.class);

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Invalid user configuration: casework.security.admin.password"
                        + " (CASEWORK_SECURITY_ADMIN_PASSWORD) must be 12 to 64 characters\n")
                .doesNotContain("Short-Pw-9")
                .doesNotContain("\tat org.casework");
    }

    private static String[] withAdmin(String[] arguments, String username, String password) {
        String[] more = java.util.Arrays.copyOf(arguments, arguments.length + 2);
        more[arguments.length] = "--casework.security.admin.username=" + username;
        more[arguments.length + 1] = "--casework.security.admin.password=" + password;
        return more;
    }
}
