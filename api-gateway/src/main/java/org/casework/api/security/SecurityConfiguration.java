package org.casework.api.security;

import org.casework.api.database.DatabaseOutage;
import org.casework.api.web.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

import static org.casework.api.security.Role.ADMIN;
import static org.casework.api.security.Role.AUDITOR;
import static org.casework.api.security.Role.COORDINATOR;
import static org.casework.api.security.Role.DIRECTOR;
import static org.casework.api.security.Role.METRICS;
import static org.casework.api.security.Role.STATISTICS;
import static org.casework.api.security.Role.WORKER;

/**
 * Every endpoint needs an authenticated user except health and the OpenAPI document. Logins: HTTP Basic against
 * the user table (with the one-time code of two-factor login where enrolled), and bearer tokens of an external
 * identity provider when {@code spring.security.oauth2.resourceserver.jwt.*} is set. Which role reaches which part
 * of the API is the table in README.md ("Roles"); which files a worker reaches is decided per file, later.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] KEEP_FILES = {WORKER.name(), COORDINATOR.name(), DIRECTOR.name()};
    private static final String[] HAND_OVER_FILES = {COORDINATOR.name(), DIRECTOR.name()};
    /** Everyone but METRICS, whose login reaches the scrape alone. */
    private static final String[] PEOPLE = {WORKER.name(), COORDINATOR.name(), DIRECTOR.name(), ADMIN.name(),
            AUDITOR.name(), STATISTICS.name()};
    /** What the API's chain answers; the pages' chain takes the rest. */
    static final String[] API_PATHS = {"/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/error"};
    static final String[] PAGE_USERS = PEOPLE;
    /** Users whose verified password is kept at most: more than an organisation has staff. */
    private static final long MAX_VERIFIED_USERS = 10_000;

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * One login check for the API and the pages, so both share the throttle and the verified passwords. Held, not
     * a bean itself: Spring Security would add a provider bean to its global authentication manager too, and then
     * try every failed login twice (counting it twice).
     */
    @Bean
    Logins passwordAndCode(UserAccounts accounts, PasswordEncoder encoder, OneTimeCodes codes,
                                                  SecurityLog securityLog, SecurityProperties properties,
                                                  LoginThrottle throttle) {
        return new Logins(new PasswordAndCodeAuthentication(accounts, encoder, codes, securityLog, throttle,
                new VerifiedLogins(properties.verifiedLoginTtl(), MAX_VERIFIED_USERS)));
    }

    /** The API, its documents and the actuator; everything else is the pages' ({@link PageSecurityConfiguration}). */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, Logins logins,
                            SecurityLog securityLog, SecurityProperties properties, ObjectProvider<JwtDecoder> jwt)
            throws Exception {
        AuthenticationEntryPoint loginNeeded = (request, response, e) -> {
            if (DatabaseOutage.isCauseOf(e)) {
                // the user lookup could not reach the database: not the caller's fault
                problems.writeDatabaseUnavailable(request, response);
                return;
            }
            if (e instanceof PasswordAndCodeAuthentication.LoginThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), "Too many failed logins"
                        + " from here: wait " + throttled.retryAfterSeconds() + " s before the next try.");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"casework\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, e instanceof InsufficientAuthenticationException
                    ? "Authentication is required: log in with HTTP Basic." : PasswordAndCodeAuthentication.FAILED);
        };
        http.securityMatcher(API_PATHS)
                .csrf(csrf -> csrf.disable())
                // no session: none is made, and a page's own (a page's request forwarded here) is left as it is
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .authenticationProvider(logins.check())
                .httpBasic(basic -> basic.realmName("casework")
                        .authenticationDetailsSource(LoginDetails.SOURCE)
                        .authenticationEntryPoint(loginNeeded))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(loginNeeded)
                        .accessDeniedHandler((request, response, e) -> {
                            securityLog.refused(caller(), SecurityLog.endpoint(request), "role");
                            problems.write(request, response, HttpStatus.FORBIDDEN,
                                    "Your role does not allow this request.");
                        }))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyRole(METRICS.name(), ADMIN.name())
                        .requestMatchers("/actuator/**").hasRole(ADMIN.name())
                        .requestMatchers("/api/me", "/api/me/**").hasAnyRole(PEOPLE)
                        .requestMatchers("/api/admin/**").hasRole(ADMIN.name())
                        .requestMatchers("/api/audit/**").hasAnyRole(AUDITOR.name(), ADMIN.name())
                        .requestMatchers("/api/statistics/**")
                        .hasAnyRole(STATISTICS.name(), COORDINATOR.name(), DIRECTOR.name())
                        .requestMatchers(HttpMethod.PUT, "/api/clients/*/responsible-worker",
                                "/api/families/*/responsible-worker").hasAnyRole(HAND_OVER_FILES)
                        .requestMatchers(HttpMethod.POST, "/api/clients/*/merge").hasAnyRole(HAND_OVER_FILES)
                        .requestMatchers("/api/duplicates", "/api/duplicates/**").hasAnyRole(HAND_OVER_FILES)
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAnyRole(WORKER.name(), COORDINATOR.name(), DIRECTOR.name(), AUDITOR.name())
                        .requestMatchers("/api/**").hasAnyRole(KEEP_FILES)
                        .anyRequest().authenticated());
        if (jwt.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint((request, response, e) -> {
                        securityLog.loginFailed(null, SecurityLog.endpoint(request), LoginFailure.TOKEN_REFUSED,
                                LoginFailure.TOKEN_REFUSED.text() + ": "
                                + e.getMessage());
                        problems.write(request, response, HttpStatus.UNAUTHORIZED,
                                "The bearer token is not accepted.");
                    })
                    .jwt(token -> token.jwtAuthenticationConverter(tokens(properties.jwt()))));
        }
        return http.build();
    }

    /** A token's user name and roles, read from the configured claims; roles become {@code ROLE_<name>}. */
    private static JwtAuthenticationConverter tokens(SecurityProperties.Jwt claims) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(claims.rolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName(claims.usernameClaim());
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    private static String caller() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? null : caller.getName();
    }
}
