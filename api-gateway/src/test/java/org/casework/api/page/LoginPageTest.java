package org.casework.api.page;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.casework.api.support.Api;
import org.casework.api.support.Browser;
import org.casework.api.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging in to the pages: the form, the session cookie, the code step of two-factor login, refusals, logout. */
class LoginPageTest extends BrowserTest {

    private String newWorker() {
        String name = "web-" + UUID.randomUUID().toString().substring(0, 8);
        as("adam").post("/api/admin/users", Map.of("username", name, "password", name + "-password",
                "roles", List.of("WORKER"))).expect(201);
        return name;
    }

    private static String code(String secret) throws Exception {
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
        return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"),
                Instant.now());
    }

    @Test
    void aPageAsksForTheLoginFirstAndShowsTheOverviewAfterIt() {
        Browser browser = browser();
        browser.go("/");
        browser.awaitPath("/login");
        browser.login("alice");
        browser.awaitPath("/");
        assertThat(browser.text("#overview-title")).isEqualTo("Clients");
        assertThat(browser.text(".logout .user")).isEqualTo("alice");

        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhetherTheUserExists() {
        Browser browser = browser();
        browser.login("alice", "not-her-password");
        browser.awaitPath("/login?error");
        String wrongPassword = browser.text("#login-error");
        browser.login("nobody-" + UUID.randomUUID(), "whatever-it-is");
        browser.awaitPath("/login?error");
        assertThat(browser.text("#login-error")).isEqualTo(wrongPassword)
                .isEqualTo("The user name or the password is wrong.");
    }

    @Test
    void aDisabledAccountIsToldSoOnceThePasswordIsRight() {
        String name = newWorker();
        as("adam").post("/api/admin/users/" + name + "/disable", Map.of()).expect(204);
        Browser browser = browser();
        browser.login(name, name + "-password");
        browser.awaitPath("/login?error=disabled");
        assertThat(browser.text("#login-error")).contains("disabled");
    }

    @Test
    void anEnrolledUserGivesTheCurrentCodeInASecondStep() throws Exception {
        String name = newWorker();
        Api user = anonymous.as(name, name + "-password");
        String secret = user.post("/api/me/two-factor", Map.of()).expect(201).json().get("secret").asText();
        user.post("/api/me/two-factor/confirmation", Map.of("code", code(secret))).expect(204);

        Browser browser = browser();
        browser.login(name, name + "-password");
        browser.awaitPath("/login/code");
        browser.field("code").sendKeys("000000".equals(code(secret)) ? "111111" : "000000");
        browser.find("form button[type=submit]").click();
        browser.awaitPath("/login/code?error=wrong");
        assertThat(browser.text("#login-error")).contains("wrong");

        Thread.sleep(1_500); // a wrong code makes the next try wait a second, like a wrong password
        browser.field("code").sendKeys(code(secret));
        browser.find("form button[type=submit]").click();
        browser.awaitPath("/");
        assertThat(browser.text(".logout .user")).isEqualTo(name);
    }

    @Test
    void theCodeStepCannotBeReachedWithoutThePassword() {
        Browser browser = browser();
        browser.go("/login/code");
        browser.awaitPath("/login?error=step-expired");
        browser.go("/");
        browser.awaitPath("/login");
    }

    @Test
    void loggingOutEndsTheSession() {
        Browser browser = browser();
        browser.login("bob");
        browser.awaitPath("/");
        browser.logout();
        browser.awaitPath("/login?logout");
        browser.go("/");
        browser.awaitPath("/login");
    }

    @Test
    void aSessionThatEndedWhileIdleSendsToTheLoginPageSayingSo() throws Exception {
        Browser browser = browser();
        browser.go("/login");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF"));
        browser.go("/clients/" + UUID.randomUUID());
        browser.awaitPath("/login?expired");
        assertThat(browser.text("main .notice")).contains("without activity");
    }

    @Test
    void theApiStillTakesHttpBasicAndNoSessionCookie() {
        var answer = alice.get("/api/me");
        answer.expect(200);
        assertThat(answer.header("Set-Cookie")).isNull();
    }
}
