package org.casework.api.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.casework.api.openapi.ApiTags;
import org.casework.api.security.Account;
import org.casework.api.security.OneTimeCodes;
import org.casework.api.security.SecurityLog;
import org.casework.api.security.UserAccounts;
import org.casework.command.rules.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/**
 * The caller's own account: who they are, their password, and their two-factor login. Enrolment hands out the
 * secret once; logins need codes only after the first code has been confirmed, so a mistyped enrolment cannot
 * lock anyone out.
 */
@Tag(name = ApiTags.OWN_ACCOUNT)
@RestController
@RequestMapping("/api/me")
class MeController {

    record Me(String username, List<String> roles, UserView.TwoFactor twoFactor) {
    }

    record Enrolment(String secret, String otpauthUri) {
    }

    private final UserAccounts accounts;
    private final OneTimeCodes codes;
    private final PasswordEncoder encoder;
    private final SecurityLog securityLog;
    private final Clock clock;

    MeController(UserAccounts accounts, OneTimeCodes codes, PasswordEncoder encoder, SecurityLog securityLog,
                 Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.encoder = encoder;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    @Operation(summary = "Who am I", description = """
            The caller's user name, roles and two-factor state (`NONE`, `PENDING`, `ENROLLED`). Every role may \
            read it.""")
    @GetMapping
    Me me(Authentication caller) {
        List<String> roles = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a).sorted().toList();
        return new Me(caller.getName(), roles,
                accounts.find(caller.getName()).map(UserView::twoFactor).orElse(UserView.TwoFactor.NONE));
    }

    @Operation(summary = "Change my password", description = """
            `currentPassword` and the new `password` (12–64 characters). The change counts from the very next \
            request. Not for users of an identity provider (`external-account`).""")
    @ApiResponse(responseCode = "204", description = "The new password is stored.")
    @ApiResponse(responseCode = "422", description = "`currentPassword` `wrong-password`, a `password` outside its "
            + "rules, or `username` `external-account`.")
    @PutMapping("/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordBody body, Authentication caller,
                                        HttpServletRequest request) {
        Account account = own(caller);
        if (body.currentPassword() == null || !encoder.matches(body.currentPassword(), account.passwordHash())) {
            throw RuleViolationException.of("currentPassword", "wrong-password", "is not your current password");
        }
        Passwords.checkBytes("password", body.password());
        accounts.setPassword(account.username(), encoder.encode(body.password()), clock.instant(), account.username());
        securityLog.userChanged(account.username(), SecurityLog.endpoint(request), "changed own password");
        return ResponseEntity.noContent().build();
    }

    /** A new secret, shown this once; it replaces any enrolment not yet confirmed. */
    @Operation(summary = "Start my two-factor enrolment", description = """
            Answers a new TOTP `secret` and its `otpauthUri` (make a QR code of it for Google Authenticator, \
            Aegis, FreeOTP) this once; it replaces an enrolment not yet confirmed. Logins need codes only after \
            the first code is confirmed.""")
    @ApiResponse(responseCode = "201", description = "The enrolment is started: `secret` and `otpauthUri`, shown this "
            + "once.")
    @ApiResponse(responseCode = "422", description = "`twoFactor` `already-enrolled` (an administrator can remove it "
            + "if the phone is lost), or `username` `external-account`.")
    @PostMapping("/two-factor")
    ResponseEntity<Enrolment> enrol(Authentication caller, HttpServletRequest request) {
        Account account = own(caller);
        if (account.totpEnrolled()) {
            throw RuleViolationException.of("twoFactor", "already-enrolled",
                    "two-factor login is already on; an administrator can remove it if the phone is lost");
        }
        String secret = codes.newSecret();
        accounts.startTwoFactor(account.username(), secret, clock.instant());
        securityLog.userChanged(account.username(), SecurityLog.endpoint(request), "two-factor enrolment started");
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Cache-Control", "no-store")
                .body(new Enrolment(secret, OneTimeCodes.uri(account.username(), secret)));
    }

    /** The first code from the app; from now on every login needs the current code. */
    @Operation(summary = "Confirm my two-factor enrolment", description = """
            `code`: the code the app shows now. From then on every request needs the current code in \
            `X-Casework-Otp` next to the password.""")
    @ApiResponse(responseCode = "204", description = "Two-factor login is on.")
    @ApiResponse(responseCode = "422", description = "`code` `wrong-code` or `nothing-to-confirm` (start an enrolment "
            + "first).")
    @PostMapping("/two-factor/confirmation")
    ResponseEntity<Void> confirm(@Valid @RequestBody CodeBody body, Authentication caller,
                                 HttpServletRequest request) {
        Account account = own(caller);
        if (account.totpSecret() == null || account.totpEnrolled()) {
            throw RuleViolationException.of("code", "nothing-to-confirm",
                    "start an enrolment first (POST /api/me/two-factor)");
        }
        if (!codes.matches(account.totpSecret(), body.code())) {
            throw RuleViolationException.of("code", "wrong-code", "is not the code the app shows now");
        }
        accounts.confirmTwoFactor(account.username(), clock.instant());
        securityLog.userChanged(account.username(), SecurityLog.endpoint(request), "two-factor login enrolled");
        return ResponseEntity.noContent().build();
    }

    private Account own(Authentication caller) {
        return accounts.find(caller.getName()).orElseThrow(() -> RuleViolationException.of("username",
                "external-account", "this account is kept by the identity provider, not by casework"));
    }
}
