package org.casework.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.casework.api.database.DatabaseOutage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import java.io.IOException;
import java.time.Clock;

/**
 * The pages' logins: a form, a session cookie (HttpOnly, SameSite=Strict, Secure behind TLS; it ends after the idle
 * timeout, {@code server.servlet.session.timeout}), CSRF tokens on every form, and for an account enrolled in
 * two-factor login a second step asking for the code ({@link LoginPages}). The same users, roles and login checks
 * as the API; what a page may show is decided by the API request it makes.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurityConfiguration {

    static final String LOGIN = "/login";
    static final String CODE_STEP = "/login/code";
    static final String SESSION_COOKIE = "JSESSIONID";

    @Bean
    SecurityContextRepository pageLogins() {
        return new HttpSessionSecurityContextRepository();
    }

    /** The page a login interrupted, shown after it: pages only, never an asset or a browser's own probe. */
    @Bean
    HttpSessionRequestCache interruptedPages() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("Accept") != null && request.getHeader("Accept").contains("text/html")
                && request.getHeader("HX-Request") == null
                && !request.getRequestURI().startsWith(request.getContextPath() + "/.well-known/"));
        return cache;
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Logins logins, SecurityLog securityLog,
                              SecurityContextRepository pageLogins, HttpSessionRequestCache interruptedPages,
                              Clock clock) throws Exception {
        http.securityMatcher("/**")
                .requestCache(cache -> cache.requestCache(interruptedPages))
                .authenticationProvider(logins.check())
                .securityContext(context -> context.securityContextRepository(pageLogins))
                .formLogin(form -> form.loginPage(LOGIN)
                        .authenticationDetailsSource(LoginDetails.SOURCE)
                        .failureHandler(failures(clock))
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout")
                        .deleteCookies(SESSION_COOKIE))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(loginFirst())
                        .accessDeniedHandler((request, response, e) -> {
                    securityLog.refused(request.getRemoteUser(), SecurityLog.endpoint(request), "role");
                    request.getRequestDispatcher("/denied").forward(request, response);
                }))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN, CODE_STEP, "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/denied").permitAll()
                        .anyRequest().hasAnyRole(SecurityConfiguration.PAGE_USERS));
        return http.build();
    }

    /** A page without a login goes to the login page, which says so when the session ended while idle. */
    private static AuthenticationEntryPoint loginFirst() {
        return (request, response, e) -> redirect(request, response, request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid() ? LOGIN + "?expired" : LOGIN);
    }

    /** Where a failed form login goes: the code step, or the login page saying why as far as it may. */
    private static AuthenticationFailureHandler failures(Clock clock) {
        return (request, response, e) -> {
            String target = LOGIN + "?error=failed";
            if (e instanceof PasswordAndCodeAuthentication.SecondFactorNeeded needed) {
                HttpSession session = request.getSession(true);
                session.setAttribute(LoginPages.PENDING, new LoginPages.Pending(needed.username(), clock.instant()));
                target = CODE_STEP;
            } else if (e instanceof PasswordAndCodeAuthentication.LoginThrottledException throttled) {
                target = LOGIN + "?error=throttled&wait=" + throttled.retryAfterSeconds();
            } else if (e instanceof PasswordAndCodeAuthentication.AccountDisabled) {
                target = LOGIN + "?error=disabled";
            } else if (DatabaseOutage.isCauseOf(e)) {
                target = LOGIN + "?error=unavailable";
            }
            redirect(request, response, target);
        };
    }

    static void redirect(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        response.sendRedirect(request.getContextPath() + target);
    }
}
