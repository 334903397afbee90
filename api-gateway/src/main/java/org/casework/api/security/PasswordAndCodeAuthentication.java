package org.casework.api.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.List;

/**
 * A login against the user table: the password, then, for a user enrolled in two-factor login, the current
 * one-time code. A source that failed too often waits first ({@link LoginThrottle}); that refusal checks nothing.
 * Every other failure (unknown user, wrong password or code, no code, disabled account) answers the same and
 * costs the same bcrypt round, so the answer never tells whether an account exists; the security log keeps the
 * real reason. A password verified lately against the same stored hash costs no second round ({@link
 * VerifiedLogins}); the account's row is still read, and its state checked, on every request.
 */
class PasswordAndCodeAuthentication implements AuthenticationProvider {

    /** The one answer to every failed login. */
    static final String FAILED = "The user name, password or one-time code is wrong, or the account cannot log in."
            + " Log in with HTTP Basic; an account with two-factor login also sends the current one-time code in"
            + " the " + LoginDetails.ONE_TIME_CODE_HEADER + " header.";

    /** Compared against when the user is unknown, so an unknown name takes as long as a wrong password. */
    private final String unknownUserHash;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final OneTimeCodes codes;
    private final SecurityLog securityLog;
    private final LoginThrottle throttle;
    private final VerifiedLogins verified;

    PasswordAndCodeAuthentication(UserAccounts accounts, PasswordEncoder encoder, OneTimeCodes codes,
                                  SecurityLog securityLog, LoginThrottle throttle, VerifiedLogins verified) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.codes = codes;
        this.securityLog = securityLog;
        this.throttle = throttle;
        this.verified = verified;
        this.unknownUserHash = encoder.encode("no such user");
    }

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        String username = login.getName();
        String password = login.getCredentials() == null ? "" : login.getCredentials().toString();
        LoginDetails details = login.getDetails() instanceof LoginDetails d ? d : new LoginDetails(null, null, null);
        String source = LoginThrottle.source(details.remoteAddress());
        Duration wait = throttle.waitBefore(source, username).orElse(null);
        if (wait != null) {
            throw new LoginThrottledException(wait);
        }
        Account account = accounts.find(username).orElse(null);
        if (account == null) {
            encoder.matches(password, unknownUserHash);
            throw failed(username, source, details, LoginFailure.UNKNOWN_USER);
        }
        if (!verified.known(account, password)) {
            if (!encoder.matches(password, account.passwordHash())) {
                throw failed(username, source, details, LoginFailure.WRONG_PASSWORD);
            }
            verified.remember(account, password);
        }
        return afterPassword(account, source, details);
    }

    /**
     * The second step of a login by form: the password was right a moment ago ({@link SecondFactorNeeded}), now
     * the code comes. The account is read again, so one disabled in between cannot log in.
     */
    Authentication authenticateCode(String username, String code, LoginDetails details) {
        String source = LoginThrottle.source(details.remoteAddress());
        Duration wait = throttle.waitBefore(source, username).orElse(null);
        if (wait != null) {
            throw new LoginThrottledException(wait);
        }
        Account account = accounts.find(username).orElse(null);
        if (account == null) {
            throw failed(username, source, details, LoginFailure.UNKNOWN_USER);
        }
        return afterPassword(account, source, new LoginDetails(code, details.remoteAddress(), details.endpoint()));
    }

    private Authentication afterPassword(Account account, String source, LoginDetails details) {
        String username = account.username();
        if (!account.enabled()) {
            throw failed(username, source, details, LoginFailure.ACCOUNT_DISABLED);
        }
        if (account.totpEnrolled()) {
            if (details.oneTimeCode() == null || details.oneTimeCode().isBlank()) {
                throw failed(username, source, details, LoginFailure.ONE_TIME_CODE_MISSING);
            }
            if (!codes.matches(account.totpSecret(), details.oneTimeCode().strip())) {
                throw failed(username, source, details, LoginFailure.WRONG_ONE_TIME_CODE);
            }
        }
        throttle.succeeded(source, username);
        List<SimpleGrantedAuthority> authorities = account.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        UsernamePasswordAuthenticationToken authenticated = UsernamePasswordAuthenticationToken.authenticated(
                account.username(), null, authorities);
        authenticated.setDetails(details);
        return authenticated;
    }

    private AuthenticationException failed(String username, String source, LoginDetails details,
                                           LoginFailure reason) {
        securityLog.loginFailed(username, details.endpoint(), reason, reason.text());
        for (String started : throttle.failed(source, username)) {
            securityLog.throttled(username, details.endpoint(), started);
        }
        return switch (reason) {
            // told only to someone who gave the right password: the login page says what to do next
            case ACCOUNT_DISABLED -> new AccountDisabled(username);
            case ONE_TIME_CODE_MISSING -> new SecondFactorNeeded(username);
            default -> new BadCredentialsException(FAILED);
        };
    }

    /** The password was right but the account is disabled. Answered like any failure over the API. */
    static final class AccountDisabled extends BadCredentialsException {
        AccountDisabled(String username) {
            super(FAILED);
        }
    }

    /** The password was right; the account's one-time code is still to come. Answered like any failure over the API. */
    static final class SecondFactorNeeded extends BadCredentialsException {

        private final String username;

        SecondFactorNeeded(String username) {
            super(FAILED);
            this.username = username;
        }

        String username() {
            return username;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The source tried too often: it waits {@code retryAfter} before its next try, whatever it sends. */
    static final class LoginThrottledException extends AuthenticationException {

        private final transient Duration retryAfter;

        LoginThrottledException(Duration retryAfter) {
            super("Too many failed logins from here: wait before the next try.");
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, rounded up, at least one. */
        long retryAfterSeconds() {
            long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }
}
