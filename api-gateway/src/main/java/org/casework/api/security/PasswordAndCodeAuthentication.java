package org.casework.api.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A login against the user table: the password, then, for a user enrolled in two-factor login, the current
 * one-time code. Every failure is logged; a wrong password or code is counted, and {@code lockout.maxFailures} in a row lock the account for
 * {@code lockout.duration}, during which even the right password is refused.
 */
class PasswordAndCodeAuthentication implements AuthenticationProvider {

    /** Compared against when the user is unknown, so an unknown name takes as long as a wrong password. */
    private final String unknownUserHash;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final OneTimeCodes codes;
    private final SecurityLog securityLog;
    private final SecurityProperties.Lockout lockout;
    private final Clock clock;

    PasswordAndCodeAuthentication(UserAccounts accounts, PasswordEncoder encoder, OneTimeCodes codes,
                                  SecurityLog securityLog, SecurityProperties.Lockout lockout, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.codes = codes;
        this.securityLog = securityLog;
        this.lockout = lockout;
        this.clock = clock;
        this.unknownUserHash = encoder.encode("no such user");
    }

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        String username = login.getName();
        String password = login.getCredentials() == null ? "" : login.getCredentials().toString();
        LoginDetails details = login.getDetails() instanceof LoginDetails d ? d : new LoginDetails(null, null, null);
        Instant now = clock.instant();
        Account account = accounts.find(username).orElse(null);
        if (account == null) {
            encoder.matches(password, unknownUserHash);
            securityLog.loginFailed(username, details.endpoint(), "unknown user");
            throw new BadCredentialsException("Wrong user name or password.");
        }
        if (account.lockedAt(now)) {
            securityLog.loginFailed(username, details.endpoint(), "account locked");
            throw new LockedException("The account is locked after repeated failed logins until "
                    + account.lockedUntil() + "; try again later or ask an administrator to unlock it.");
        }
        if (!encoder.matches(password, account.passwordHash())) {
            throw failed(account, details, now, "wrong password", new BadCredentialsException(
                    "Wrong user name or password."));
        }
        if (!account.enabled()) {
            securityLog.loginFailed(username, details.endpoint(), "account disabled");
            throw new DisabledException("The account is disabled.");
        }
        if (account.totpEnrolled()) {
            if (details.oneTimeCode() == null || details.oneTimeCode().isBlank()) {
                securityLog.loginFailed(username, details.endpoint(), "one-time code missing");
                throw new MissingOneTimeCodeException();
            }
            if (!codes.matches(account.totpSecret(), details.oneTimeCode().strip())) {
                throw failed(account, details, now, "wrong one-time code", new BadCredentialsException(
                        "Wrong user name, password or one-time code."));
            }
        }
        accounts.succeeded(account);
        List<SimpleGrantedAuthority> authorities = account.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        UsernamePasswordAuthenticationToken authenticated = UsernamePasswordAuthenticationToken.authenticated(
                account.username(), null, authorities);
        authenticated.setDetails(details);
        return authenticated;
    }

    private AuthenticationException failed(Account account, LoginDetails details, Instant now, String reason,
                                           AuthenticationException answer) {
        securityLog.loginFailed(account.username(), details.endpoint(), reason);
        Instant until = now.plus(lockout.duration());
        if (accounts.failed(account.username(), lockout.maxFailures(), now, until)) {
            securityLog.locked(account.username(), details.endpoint(), until);
        }
        return answer;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A user enrolled in two-factor login sent no code: the answer says which header to send it in. */
    static final class MissingOneTimeCodeException extends BadCredentialsException {

        MissingOneTimeCodeException() {
            super("This account uses two-factor login: send the current one-time code in the "
                    + LoginDetails.ONE_TIME_CODE_HEADER + " header.");
        }
    }
}
