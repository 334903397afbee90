package org.casework.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.ApiTest;
import org.casework.api.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every way a request can fail, from Tomcat's parser through Spring Security's firewall and login to Spring MVC,
 * answers an RFC 9457 problem with the security headers. Sent over a raw socket: {@code java.net.http} refuses
 * several of these requests.
 */
class ErrorPathsTest extends ApiTest {

    private static final String ALICE = RawHttp.basic("alice", "alice-pw");

    @LocalServerPort
    private int port;

    static Stream<Arguments> failures() {
        Map<String, String> none = Map.of();
        Map<String, String> alice = Map.of("Authorization", ALICE);
        return Stream.of(
                arguments("firewall: ..", "GET", "/api/clients/../clients", alice, 400),
                arguments("firewall: //", "GET", "/api//clients", alice, 400),
                arguments("firewall: ;", "GET", "/api/clients;jsessionid=1", alice, 400),
                arguments("firewall: encoded period", "GET", "/api/%2e%2e/clients", alice, 400),
                arguments("tomcat: %2F", "GET", "/api/clients%2Fx", alice, 400),
                arguments("tomcat: %5C", "GET", "/api/clients%5Cx", alice, 400),
                arguments("tomcat: backslash", "GET", "/api\\clients", alice, 400),
                arguments("tomcat: 9 KB URL", "GET", "/api/clients?q=" + "a".repeat(9 * 1024), alice, 414),
                arguments("tomcat: 17 KB header", "GET", "/api/clients",
                        Map.of("Authorization", ALICE, "X-Big", "b".repeat(17 * 1024)), 431),
                arguments("unknown path", "GET", "/api/nothing-here", alice, 404),
                arguments("method", "DELETE", "/api/clients", alice, 405),
                arguments("TRACE", "TRACE", "/api/clients", alice, 405),
                arguments("TRACE, anonymous", "TRACE", "/", none, 405),
                arguments("Accept: text/html", "GET", "/api/clients",
                        Map.of("Authorization", ALICE, "Accept", "text/html"), 406),
                arguments("Accept: image/png", "GET", "/api/clients",
                        Map.of("Authorization", ALICE, "Accept", "image/png"), 406),
                arguments("Accept: text/html, unknown file: the 404 wins", "GET",
                        "/api/clients/" + java.util.UUID.randomUUID(),
                        Map.of("Authorization", ALICE, "Accept", "text/html"), 404),
                arguments("media type", "POST", "/api/clients",
                        Map.of("Authorization", ALICE, "Content-Type", "text/plain", "Content-Length", "0"), 415),
                arguments("no login", "GET", "/api/clients", none, 401),
                arguments("wrong password", "GET", "/api/clients",
                        Map.of("Authorization", RawHttp.basic("alice", "wrong")), 401),
                arguments("malformed Basic token", "GET", "/api/clients", Map.of("Authorization", "Basic %%%"), 401),
                arguments("role", "GET", "/api/clients",
                        Map.of("Authorization", RawHttp.basic("stella", "stella-pw")), 403),
                arguments("GET /error", "GET", "/error", none, 404),
                arguments("GET /error, logged in", "GET", "/error", alice, 404));
    }

    /** Outside the API a path is a page's: HTTP Basic is not a page login, so the pages send to their form. */
    @Test
    void aPathOutsideTheApiIsAPageThatAsksForTheLoginForm() {
        RawHttp.Answer answer = RawHttp.at(port).send("GET", "/nothing-here", Map.of("Authorization", ALICE));
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/login");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void everyFailureIsAProblemWithTheSecurityHeaders(String name, String method, String target,
                                                      Map<String, String> headers, int status) {
        RawHttp.Answer answer = RawHttp.at(port).send(method, target, headers);
        assertThat(answer.status()).as("%s: %s", name, answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(name).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("type").asText()).startsWith("urn:casework:problem:");
        assertThat(problem.get("correlationId").asText()).isNotBlank().isEqualTo(answer.header("X-Correlation-Id"));
        assertThat(answer.body()).doesNotContain("alice-pw").doesNotContain("Exception").doesNotContain("<html");
        assertSecurityHeaders(answer, name);
        assertThat(answer.header("Cache-Control")).as(name).contains("no-store");
    }

    @Test
    void successfulAnswersCarryTheSecurityHeadersToo() {
        RawHttp.Answer me = RawHttp.at(port).send("GET", "/api/me", Map.of("Authorization", ALICE));
        assertThat(me.status()).isEqualTo(200);
        assertSecurityHeaders(me, "GET /api/me");
        RawHttp.Answer health = RawHttp.at(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertSecurityHeaders(health, "GET /actuator/health");
    }

    @Test
    void theSwaggerUiMayLoadItsOwnScriptsAndStylesButNothingFromElsewhere() {
        RawHttp.Answer page = RawHttp.at(port).get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
                "connect-src 'self'", "frame-ancestors 'none'").doesNotContain("http", "*", "unsafe-eval");
        assertThat(page.body()).doesNotContain("<script>").contains("swagger-initializer.js");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        RawHttp.Answer docs = RawHttp.at(port).get("/v3/api-docs");
        assertThat(docs.header("Content-Security-Policy")).startsWith("default-src 'none'; frame-ancestors 'none'");
    }

    private static void assertSecurityHeaders(RawHttp.Answer answer, String name) {
        assertThat(answer.header("Content-Security-Policy")).as(name)
                .contains("default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'");
        assertThat(answer.header("Referrer-Policy")).as(name).isEqualTo("no-referrer");
        assertThat(answer.header("X-Content-Type-Options")).as(name).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).as(name).isEqualTo("DENY");
    }
}
