package org.casework.api.platform;

import org.apache.catalina.Context;
import org.apache.catalina.core.ApplicationSessionCookieConfig;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile docker-compose.yml runs: forwarded headers believed from the proxy alone, so a request it forwarded
 * as https is secure and gets HSTS, and cookies for TLS only. The proxy is played by 127.0.0.7 (the one setting
 * changed: its address in docker-compose.yml is checked against the profile by {@link ComposeFileTest}); the
 * first administrator is configured as compose does it, beside one coordinator.
 */
class ProductionProfileTest extends OwnServiceTest {

    private static final String HSTS = "Strict-Transport-Security";
    private static final String PROXY = "127.0.0.7";
    private static final Map<String, String> FORWARDED_HTTPS = Map.of("X-Forwarded-Proto", "https",
            "X-Forwarded-For", "203.0.113.9");

    @Override
    protected String[] serviceArguments() {
        return new String[] {"--spring.profiles.active=production",
                "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.7",
                "--casework.security.admin.username=boss",
                "--casework.security.admin.password=the-boss-password",
                "--casework.security.users[0].username=carol",
                "--casework.security.users[0].password={noop}carol-pw",
                "--casework.security.users[0].roles=COORDINATOR"};
    }

    private RawHttp from(String address) {
        return RawHttp.at(Integer.parseInt(service.getEnvironment().getProperty("local.server.port"))).from(address);
    }

    private static Map<String, String> loggedIn(Map<String, String> headers) {
        Map<String, String> more = new java.util.HashMap<>(headers);
        more.put("Authorization", RawHttp.basic("boss", "the-boss-password"));
        return more;
    }

    @Test
    void aRequestTheProxyForwardedAsHttpsGetsHsts() {
        RawHttp.Answer health = from(PROXY).send("GET", "/actuator/health", FORWARDED_HTTPS);
        RawHttp.Answer users = from(PROXY).send("GET", "/api/admin/users", loggedIn(FORWARDED_HTTPS));
        RawHttp.Answer refused = from(PROXY).send("GET", "/api/admin/users", FORWARDED_HTTPS);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.header(HSTS)).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.header(HSTS)).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header(HSTS)).isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void aPlainRequestFromTheProxyGetsNoHsts() {
        RawHttp.Answer answer = from(PROXY).send("GET", "/actuator/health", Map.of("X-Forwarded-For", "203.0.113.9"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header(HSTS)).isNull();
    }

    @Test
    void forwardedHeadersFromAnyOtherAddressAreIgnored() {
        RawHttp.Answer other = from("127.0.0.8").send("GET", "/actuator/health", FORWARDED_HTTPS);
        RawHttp.Answer local = from("127.0.0.1").send("GET", "/api/admin/users", loggedIn(FORWARDED_HTTPS));

        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header(HSTS)).isNull();
        assertThat(local.status()).isEqualTo(200);
        assertThat(local.header(HSTS)).isNull();
    }

    @Test
    void aSessionCookieWouldBeSecureHttpOnlyAndSameSiteStrictEvenOnAPlainRequest() {
        TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) service).getWebServer();
        Context context = (Context) server.getTomcat().getHost().findChildren()[0];

        // as Tomcat makes the cookie of a new session; false: the request itself was not secure
        String header = context.getCookieProcessor().generateHeader(
                ApplicationSessionCookieConfig.createSessionCookie(context, "session-id", false), null);

        assertThat(header).startsWith("JSESSIONID=session-id;").contains("; Secure").contains("; HttpOnly")
                .contains("; SameSite=Strict");
    }

    @Test
    void theConfiguredAdministratorIsTheOnlyOneAndNoneIsGenerated() {
        assertThat(jdbc.queryForList("select username || ':' || roles from app_user order by username",
                String.class)).containsExactly("boss:ADMIN", "carol:COORDINATOR");
    }
}
