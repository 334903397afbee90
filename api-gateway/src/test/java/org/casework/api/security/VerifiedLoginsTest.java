package org.casework.api.security;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Logins against the user table, with HTTP Basic on every request: bcrypt once, the account's state every time. */
class VerifiedLoginsTest {

    private static final PasswordEncoder BCRYPT = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final Map<String, Account> table = new HashMap<>();
    private final AtomicInteger bcryptRounds = new AtomicInteger();
    private final List<String> failures = new ArrayList<>();
    private PasswordAndCodeAuthentication logins;

    @BeforeEach
    void users() {
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return BCRYPT.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                bcryptRounds.incrementAndGet();
                return BCRYPT.matches(raw, encoded);
            }
        };
        UserAccounts accounts = new UserAccounts(null) {
            @Override
            public Optional<Account> find(String username) {
                return Optional.ofNullable(table.get(username));
            }
        };
        SecurityLog log = new SecurityLog(null, Clock.systemUTC(), new SimpleMeterRegistry()) {
            @Override
            void loginFailed(String user, String endpoint, LoginFailure reason, String detail) {
                failures.add(detail);
            }

            @Override
            void throttled(String user, String endpoint, String detail) {
            }
        };
        SecurityProperties properties = new SecurityProperties(null, null, null, null, null);
        logins = new PasswordAndCodeAuthentication(accounts, counting, new OneTimeCodes(Clock.systemUTC()), log,
                new LoginThrottle(properties, Clock.systemUTC()),
                new VerifiedLogins(properties.verifiedLoginTtl(), 100));
        store("alice", "correct horse", Set.of(Role.WORKER), true);
        bcryptRounds.set(0);
    }

    @Test
    void aPasswordVerifiedOnceIsNotHashedAgainOnTheNextRequests() {
        for (int i = 0; i < 5; i++) {
            assertThat(login("alice", "correct horse").getName()).isEqualTo("alice");
        }
        assertThat(bcryptRounds).hasValue(1);
    }

    @Test
    void aWrongPasswordCostsAFullRoundEveryTimeAndIsNeverRemembered() {
        login("alice", "correct horse");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> login("alice", "wrong horse")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(bcryptRounds).hasValue(3);
        assertThat(failures).containsExactly("wrong password", "wrong password");
    }

    @Test
    void afterAPasswordChangeTheOldPasswordFailsAtOnce() {
        login("alice", "correct horse");
        store("alice", "battery staple", Set.of(Role.WORKER), true);

        assertThatThrownBy(() -> login("alice", "correct horse")).isInstanceOf(BadCredentialsException.class);
        assertThat(login("alice", "battery staple").getName()).isEqualTo("alice");
    }

    @Test
    void aDisabledAccountFailsAtOnceThoughItsPasswordWasVerified() {
        login("alice", "correct horse");
        table.put("alice", withEnabled(table.get("alice"), false));

        assertThatThrownBy(() -> login("alice", "correct horse")).isInstanceOf(BadCredentialsException.class);
        assertThat(failures).containsExactly("account disabled");
    }

    @Test
    void aChangeOfRolesCountsFromTheNextRequest() {
        assertThat(roles(login("alice", "correct horse"))).containsExactly("ROLE_WORKER");
        Account alice = table.get("alice");
        table.put("alice", new Account("alice", alice.passwordHash(), Set.of(Role.COORDINATOR), true, null, false,
                alice.createdAt(), Instant.now(), "adam"));

        assertThat(roles(login("alice", "correct horse"))).containsExactly("ROLE_COORDINATOR");
        assertThat(bcryptRounds).hasValue(1);
    }

    @Test
    void withoutAKeepingTimeEveryRequestIsHashed() {
        SecurityProperties never = new SecurityProperties(null, null, null, Duration.ZERO, null);
        VerifiedLogins none = new VerifiedLogins(never.verifiedLoginTtl(), 100);
        Account alice = table.get("alice");
        none.remember(alice, "correct horse");
        assertThat(none.known(alice, "correct horse")).isFalse();
    }

    private Authentication login(String username, String password) {
        UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        login.setDetails(new LoginDetails(null, "127.0.0.1", "GET /api/clients"));
        return logins.authenticate(login);
    }

    private void store(String username, String password, Set<Role> roles, boolean enabled) {
        table.put(username, new Account(username, BCRYPT.encode(password), roles, enabled, null, false,
                Instant.now(), Instant.now(), "adam"));
    }

    private static Account withEnabled(Account account, boolean enabled) {
        return new Account(account.username(), account.passwordHash(), account.roles(), enabled,
                account.totpSecret(), account.totpEnrolled(), account.createdAt(), Instant.now(), "adam");
    }

    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
