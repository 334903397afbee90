package org.casework.api.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.codec.binary.Base32;
import org.casework.api.support.Api;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.Response;
import org.casework.api.support.ServiceWithMovableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-factor login (TOTP, RFC 6238); wrong codes count towards the login throttle like wrong passwords
 * (LoginThrottleTest). Codes are computed here the way an authenticator app does, from the secret handed out at
 * enrolment. Own service: the clock moves between codes.
 */
class TwoFactorLoginTest extends OwnServiceTest {

    private static final LocalDate DAY = LocalDate.now(ServiceWithMovableClock.PRAGUE);
    private static final String OTP = "X-Casework-Otp";

    private Api adam;
    private Api audrey;

    @BeforeAll
    void users() {
        adam = as("adam");
        audrey = as("audrey");
    }

    private Api newUser(String name) {
        adam.post("/api/admin/users", Map.of("username", name, "password", name + "-password",
                "roles", List.of("WORKER"))).expect(201);
        return login(name, name + "-password");
    }

    private Api login(String name, String password) {
        int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        return Api.at(port).as(name, password);
    }

    /** What an authenticator app shows now for the secret. */
    private static String code(String secret) throws Exception {
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
        return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"),
                ServiceWithMovableClock.CLOCK.instant());
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 500_000) % 1_000_000);
    }

    @Test
    void enrolmentHandsOutTheSecretOnceAndLoginsNeedTheCurrentCodeOnceConfirmed() throws Exception {
        ServiceWithMovableClock.CLOCK.moveTo(DAY, LocalTime.of(10, 0));
        Api tina = newUser("tina");
        assertThat(tina.get("/api/me").expect(200).json().get("twoFactor").asText()).isEqualTo("NONE");

        JsonNode enrolment = tina.post("/api/me/two-factor", Map.of()).expect(201).json();
        String secret = enrolment.get("secret").asText();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(enrolment.get("otpauthUri").asText()).isEqualTo("otpauth://totp/casework%3Atina?secret=" + secret
                + "&issuer=casework&algorithm=SHA1&digits=6&period=30");
        assertThat(tina.get("/api/me").expect(200).json().get("twoFactor").asText())
                .as("not needed before the first code is confirmed").isEqualTo("PENDING");

        tina.post("/api/me/two-factor/confirmation", Map.of("code", wrong(code(secret))))
                .expectProblem(422, "code", "wrong-code");
        tina.post("/api/me/two-factor/confirmation", Map.of("code", "12ab56")).expectProblem(400, "code", "pattern");
        tina.post("/api/me/two-factor/confirmation", Map.of("code", code(secret))).expect(204);

        JsonNode missing = tina.get("/api/me").expectProblem(401).json();
        assertThat(missing.get("detail").asText()).contains(OTP);
        tina.header(OTP, wrong(code(secret))).get("/api/me").expectProblem(401);
        JsonNode me = tina.header(OTP, code(secret)).get("/api/me").expect(200).json();
        assertThat(me.get("twoFactor").asText()).isEqualTo("ENROLLED");
        tina.header(OTP, code(secret)).post("/api/me/two-factor", Map.of())
                .expectProblem(422, "twoFactor", "already-enrolled");
        assertThat(adam.get("/api/admin/users/tina").expect(200).json().toString()).doesNotContain(secret);

        ServiceWithMovableClock.CLOCK.moveTo(DAY, LocalTime.of(10, 5));
        String fiveMinutesLater = code(secret);
        tina.header(OTP, fiveMinutesLater).get("/api/me").expect(200);

        adam.send("DELETE", "/api/admin/users/tina/two-factor", null).expect(204);
        tina.get("/api/me").expect(200);

        JsonNode log = audrey.get("/api/audit/security-log?user=tina&size=50").expect(200).json();
        assertThat(log.get("items").findValuesAsText("detail")).contains("wrong one-time code",
                "one-time code missing", "two-factor login enrolled");
    }

    @Test
    void wrongCodesCountTowardsTheThrottleAndAnAdministratorLiftsIt() throws Exception {
        ServiceWithMovableClock.CLOCK.moveTo(DAY, LocalTime.of(14, 0));
        Api mia = newUser("mia");
        String secret = mia.post("/api/me/two-factor", Map.of()).expect(201).json().get("secret").asText();
        mia.post("/api/me/two-factor/confirmation", Map.of("code", code(secret))).expect(204);
        for (int attempt = 1; attempt <= 3; attempt++) {
            mia.header(OTP, wrong(code(secret))).get("/api/me").expectProblem(401);
        }
        Response waiting = mia.header(OTP, code(secret)).get("/api/me").expectProblem(429);
        assertThat(waiting.header("Retry-After")).isEqualTo("1");

        adam.post("/api/admin/users/mia/unlock", Map.of()).expect(204);
        mia.header(OTP, code(secret)).get("/api/me").expect(200);
    }
}
