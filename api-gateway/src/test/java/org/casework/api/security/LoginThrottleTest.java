package org.casework.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.RawHttp;
import org.casework.api.support.ServiceWithMovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins slow down their source, per account and over all accounts, and never lock the real user out.
 * Sources are loopback addresses (127.0.0.2, ...): the raw client connects from them. Own service, with the
 * default thresholds (3 per account, 20 per source, waits from 1 s doubling): the clock moves past the waits.
 */
class LoginThrottleTest extends OwnServiceTest {

    private static final ServiceWithMovableClock.MovableClock CLOCK = ServiceWithMovableClock.CLOCK;

    @Override
    protected String[] serviceArguments() {
        return new String[] {"--casework.security.login-throttle.source-failures=20"};
    }

    private RawHttp from(String address) {
        int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        return RawHttp.at(port).from(address);
    }

    private static RawHttp.Answer me(RawHttp client, String user, String password) {
        return client.send("GET", "/api/me", Map.of("Authorization", RawHttp.basic(user, password)));
    }

    private String newUser(String name) {
        as("adam").post("/api/admin/users", Map.of("username", name, "password", name + "-password",
                "roles", List.of("WORKER"))).expect(201);
        return name + "-password";
    }

    /** The problem without what differs on every answer (its correlation id). */
    private static JsonNode problem(RawHttp.Answer answer) {
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        ObjectNode problem = (ObjectNode) answer.json();
        problem.remove("correlationId");
        return problem;
    }

    @Test
    void anAttackerSlowsOnlyThemselvesAndTheRealUserKeepsLoggingIn() {
        String password = newUser("luke");
        RawHttp attacker = from("127.0.0.2");
        RawHttp luke = from("127.0.0.1");
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(me(attacker, "luke", "guess-" + attempt).status()).isEqualTo(401);
        }
        RawHttp.Answer refused = me(attacker, "luke", password);
        assertThat(refused.status()).as("refused without checking the password, even the right one").isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(problem(refused).get("status").asInt()).isEqualTo(429);
        assertThat(refused.header("X-Frame-Options")).isEqualTo("DENY");

        for (int attempt = 1; attempt <= 50; attempt++) {
            assertThat(me(attacker, "luke", "guess").status()).isEqualTo(429);
        }
        assertThat(me(luke, "luke", password).status()).as("the real user, from elsewhere").isEqualTo(200);

        CLOCK.advance(Duration.ofMillis(1100));
        assertThat(me(attacker, "luke", "guess-4").status()).isEqualTo(401);
        assertThat(me(attacker, "luke", "guess-5").header("Retry-After")).as("the wait doubles").isEqualTo("2");
        CLOCK.advance(Duration.ofMillis(2100));
        assertThat(me(attacker, "luke", "guess-5").status()).isEqualTo(401);
        assertThat(me(attacker, "luke", "guess-6").header("Retry-After")).isEqualTo("4");
        assertThat(me(luke, "luke", password).status()).isEqualTo(200);

        JsonNode log = as("audrey").get("/api/audit/security-log?user=luke&size=100").expect(200).json();
        assertThat(log.get("items").findValuesAsText("kind")).contains("LOGIN_FAILED", "LOGIN_THROTTLED")
                .doesNotContain("ACCOUNT_LOCKED");
        assertThat(log.get("items").findValuesAsText("detail")).contains("wrong password",
                "logins to this account from its source refused for 1 s");
        assertThat(log.get("items").findValuesAsText("kind").stream().filter("LOGIN_FAILED"::equals))
                .as("refused tries write nothing").hasSize(5);
        assertThat(log.toString()).doesNotContain("127.0.0.2");
        assertThat(as("adam").get("/api/admin/users/luke").expect(200).json().has("lockedUntil")).isFalse();
    }

    @Test
    void everyFailedLoginAnswersTheSameWhetherTheAccountExistsOrNot() {
        String password = newUser("nora");
        newUser("otto");
        as("adam").post("/api/admin/users/otto/disable", Map.of()).expect(204);
        RawHttp client = from("127.0.0.3");
        RawHttp.Answer unknown = me(client, "no-such-user", "whatever-it-is");
        RawHttp.Answer wrong = me(client, "nora", "not-her-password");
        RawHttp.Answer disabled = me(client, "otto", "otto-password");
        RawHttp.Answer control = me(client, "no\u0000ra", password);
        for (RawHttp.Answer answer : List.of(unknown, wrong, disabled, control)) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(problem(answer)).isEqualTo(problem(unknown));
            assertThat(answer.header("WWW-Authenticate")).isEqualTo(unknown.header("WWW-Authenticate"));
        }
        assertThat(unknown.json().get("detail").asText()).doesNotContain("locked", "disabled", "unknown");

        for (String user : List.of("nora", "no-such-user")) {
            me(client, user, "wrong-again");
            me(client, user, "wrong-again");
        }
        RawHttp.Answer throttledKnown = me(client, "nora", password);
        RawHttp.Answer throttledUnknown = me(client, "no-such-user", "whatever-it-is");
        assertThat(throttledKnown.status()).isEqualTo(429);
        assertThat(problem(throttledKnown)).isEqualTo(problem(throttledUnknown));
        assertThat(throttledKnown.header("Retry-After")).isEqualTo(throttledUnknown.header("Retry-After"));
        CLOCK.advance(Duration.ofSeconds(2));
        assertThat(me(client, "nora", password).status()).isEqualTo(200);
    }

    @Test
    void aSourceSprayingNamesWaitsButItsUsersAlreadyLoggedInDoNot() {
        String password = newUser("pia");
        String ruthsPassword = newUser("ruth");
        RawHttp office = from("127.0.0.4");
        assertThat(me(office, "ruth", ruthsPassword).status()).isEqualTo(200);
        for (int name = 1; name <= 20; name++) {
            assertThat(me(office, "sprayed-" + name, "password").status()).isEqualTo(401);
        }
        RawHttp.Answer refused = me(office, "pia", password);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(me(office, "sprayed-21", "password").status()).isEqualTo(429);
        assertThat(me(office, "ruth", ruthsPassword).status()).as("logged in from here before").isEqualTo(200);
        assertThat(me(from("127.0.0.1"), "pia", password).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofMillis(1100));
        assertThat(me(office, "pia", password).status()).isEqualTo(200);
    }

    @Test
    void xForwardedForIsNotBelievedByDefault() {
        String password = newUser("sara");
        RawHttp client = from("127.0.0.5");
        for (int attempt = 1; attempt <= 3; attempt++) {
            client.send("GET", "/api/me", Map.of("Authorization", RawHttp.basic("sara", "guess"),
                    "X-Forwarded-For", "203.0.113." + attempt));
        }
        RawHttp.Answer refused = client.send("GET", "/api/me", Map.of("Authorization",
                RawHttp.basic("sara", password), "X-Forwarded-For", "203.0.113.99"));
        assertThat(refused.status()).isEqualTo(429);
    }

    @Test
    void anAdministratorLiftsTheThrottleAndQuietSourcesAreForgotten() {
        String password = newUser("tom");
        RawHttp client = from("127.0.0.6");
        for (int attempt = 1; attempt <= 3; attempt++) {
            me(client, "tom", "guess");
        }
        assertThat(me(client, "tom", password).status()).isEqualTo(429);
        as("adam").post("/api/admin/users/tom/unlock", Map.of()).expect(204);
        assertThat(me(client, "tom", password).status()).isEqualTo(200);

        for (int attempt = 1; attempt <= 2; attempt++) {
            me(client, "tom", "guess");
        }
        CLOCK.advance(Duration.ofHours(2));
        assertThat(me(client, "tom", "guess").status()).as("the earlier two are forgotten").isEqualTo(401);
        assertThat(me(client, "tom", "guess").status()).isEqualTo(401);
        assertThat(me(client, "tom", password).status()).isEqualTo(200);
    }
}
