package org.casework.api.security;

import org.casework.api.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import static org.casework.api.security.Role.ADMIN;
import static org.casework.api.security.Role.AUDITOR;
import static org.casework.api.security.Role.COORDINATOR;
import static org.casework.api.security.Role.DIRECTOR;
import static org.casework.api.security.Role.STATISTICS;
import static org.casework.api.security.Role.WORKER;

/**
 * Every endpoint needs an authenticated user except health and the OpenAPI document. Which role reaches which
 * part of the API is the table in README.md ("Roles").
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * A plain UserDetailsService on purpose: were it a UserDetailsPasswordService, Spring Security would re-encode
     * an explicitly configured {@code {noop}} password with bcrypt after the first login, silently adding ~80 ms of
     * hashing to every later request. Plain-text passwords are hashed once at start-up instead.
     */
    @Bean
    UserDetailsService users(SecurityProperties properties, PasswordEncoder encoder) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(ConfiguredUsers.from(properties, encoder));
        return users::loadUserByUsername;
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName("casework")
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"casework\"");
                            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                                    "Authentication is required: log in with HTTP Basic.");
                        }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        problems.write(request, response, HttpStatus.FORBIDDEN,
                                "Your role does not allow this request.")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN.name())
                        .requestMatchers("/api/admin/**").hasRole(ADMIN.name())
                        .requestMatchers("/api/audit/**").hasAnyRole(AUDITOR.name(), ADMIN.name())
                        .requestMatchers("/api/statistics/**")
                        .hasAnyRole(STATISTICS.name(), COORDINATOR.name(), DIRECTOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAnyRole(WORKER.name(), COORDINATOR.name(), DIRECTOR.name(), AUDITOR.name())
                        .requestMatchers("/api/**").hasAnyRole(WORKER.name(), COORDINATOR.name(), DIRECTOR.name())
                        .anyRequest().authenticated());
        return http.build();
    }
}
