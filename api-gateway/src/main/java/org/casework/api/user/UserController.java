package org.casework.api.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.casework.api.openapi.ApiTags;
import org.casework.api.security.Account;
import org.casework.api.security.LoginThrottle;
import org.casework.api.security.SecurityLog;
import org.casework.api.security.UserAccounts;
import org.casework.api.web.NotFoundException;
import org.casework.command.rules.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * ADMIN manages users: creates them, sets roles, disables and enables, resets passwords, lifts the login throttle
 * ({@code unlock}), and removes a two-factor enrolment whose phone is lost. Every change goes to the security log.
 * None of this for one's own account (rule {@code not-yourself}): one's own password changes through
 * {@code /api/me/password}, which asks for the current one, and the rest needs a second administrator, so a stolen
 * administrator login cannot quietly take over its own account, and the last administrator cannot lock all out.
 */
@Tag(name = ApiTags.ADMINISTRATION)
@RestController
@RequestMapping("/api/admin/users")
class UserController {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final SecurityLog securityLog;
    private final LoginThrottle throttle;
    private final Clock clock;

    UserController(UserAccounts accounts, PasswordEncoder encoder, SecurityLog securityLog, LoginThrottle throttle,
                   Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.securityLog = securityLog;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Operation(summary = "List users", description = """
            ADMIN: every user with `roles`, `enabled`, `twoFactor` and who changed it last; never a password hash \
            or secret.""")
    @GetMapping
    List<UserView> users() {
        return accounts.all().stream().map(UserView::of).toList();
    }

    @Operation(summary = "Read a user", description = """
            ADMIN: the user with `roles`, `enabled`, `twoFactor` and who changed it last.""")
    @GetMapping("/{username}")
    UserView user(@PathVariable String username) {
        return UserView.of(account(username));
    }

    @Operation(summary = "Create a user", description = """
            ADMIN: `username` (2–64 of `a-z 0-9 . _ -`), `password` (12–64 characters, stored as a bcrypt hash) \
            and `roles`. Written to the security log.""")
    @ApiResponse(responseCode = "201", description = "The user is stored; the user as `GET` shows it, `Location` "
            + "names it.")
    @ApiResponse(responseCode = "422", description = "`username` `taken`, or a name, password or role outside its "
            + "rules.")
    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody NewUserBody body, Authentication admin,
                                    HttpServletRequest request) {
        Passwords.checkBytes("password", body.password());
        if (!accounts.create(body.username(), encoder.encode(body.password()), body.roles(), clock.instant(),
                admin.getName())) {
            throw RuleViolationException.of("username", "taken", "a user named " + body.username() + " exists");
        }
        securityLog.userChanged(admin.getName(), SecurityLog.endpoint(request),
                "created " + body.username() + " with roles " + body.roles());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/admin/users/" + body.username()))
                .body(user(body.username()));
    }

    @Operation(summary = "Set a user's roles", description = """
            Replaces the user's roles; they count from the very next request. ADMIN, never for the administrator's \
            own account (`422 not-yourself`), every change in the security log.""")
    @ApiResponse(responseCode = "204", description = "The roles are stored.")
    @ApiResponse(responseCode = "422", description = "`username` `not-yourself`, or an unknown role.")
    @PutMapping("/{username}/roles")
    ResponseEntity<Void> roles(@PathVariable String username, @Valid @RequestBody RolesBody body,
                               Authentication admin, HttpServletRequest request) {
        notYourself(username, admin, "change their own roles; another administrator can");
        require(accounts.setRoles(username, body.roles(), clock.instant(), admin.getName()), username);
        return changed(admin, request, "roles of " + username + " set to " + Set.copyOf(body.roles()));
    }

    @Operation(summary = "Disable a user", description = """
            The user can no longer log in, from the very next request. ADMIN, never for the administrator's own \
            account (`422 not-yourself`), every change in the security log.""")
    @ApiResponse(responseCode = "204", description = "The user is disabled.")
    @ApiResponse(responseCode = "422", description = "`username` `not-yourself`.")
    @PostMapping("/{username}/disable")
    ResponseEntity<Void> disable(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        notYourself(username, admin, "disable themselves");
        require(accounts.setEnabled(username, false, clock.instant(), admin.getName()), username);
        return changed(admin, request, "disabled " + username);
    }

    @Operation(summary = "Enable a user", description = """
            The user can log in again. ADMIN, never for the administrator's own account (`422 not-yourself`), \
            every change in the security log.""")
    @ApiResponse(responseCode = "204", description = "The user is enabled.")
    @ApiResponse(responseCode = "422", description = "`username` `not-yourself`.")
    @PostMapping("/{username}/enable")
    ResponseEntity<Void> enable(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        notYourself(username, admin, "enable themselves");
        require(accounts.setEnabled(username, true, clock.instant(), admin.getName()), username);
        return changed(admin, request, "enabled " + username);
    }

    @Operation(summary = "Reset a user's password", description = """
            Sets a new `password` (12–64 characters) and lifts the user's login throttle. One's own password \
            changes with `PUT /api/me/password`. ADMIN, never for the administrator's own account (`422 \
            not-yourself`), every change in the security log.""")
    @ApiResponse(responseCode = "204", description = "The new password is stored.")
    @ApiResponse(responseCode = "422", description = "`username` `not-yourself`, or a password outside its rules.")
    @PutMapping("/{username}/password")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @Valid @RequestBody PasswordBody body,
                                       Authentication admin, HttpServletRequest request) {
        notYourself(username, admin, "reset their own password here: change it with PUT /api/me/password,"
                + " which asks for the current one");
        Passwords.checkBytes("password", body.password());
        require(accounts.setPassword(username, encoder.encode(body.password()), clock.instant(), admin.getName()),
                username);
        throttle.forget(username);
        return changed(admin, request, "password of " + username + " reset");
    }

    @Operation(summary = "Lift a user's login throttle", description = """
            Lifts the wait that failed logins put on the account, from every source. ADMIN, never for the \
            administrator's own account (`422 not-yourself`), every change in the security log.""")
    @ApiResponse(responseCode = "204", description = "The throttle is lifted.")
    @ApiResponse(responseCode = "422", description = "`username` `not-yourself`.")
    @PostMapping("/{username}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        notYourself(username, admin, "lift the login throttle of their own account; another administrator can");
        require(accounts.unlock(username, clock.instant(), admin.getName()), username);
        throttle.forget(username);
        return changed(admin, request, "unlocked " + username);
    }

    @Operation(summary = "Remove a user's two-factor enrolment", description = """
            For a lost phone: the user logs in with the password alone and may enrol again. ADMIN, never for the \
            administrator's own account (`422 not-yourself`), every change in the security log.""")
    @ApiResponse(responseCode = "204", description = "The enrolment is removed.")
    @ApiResponse(responseCode = "422", description = "`username` `not-yourself`.")
    @DeleteMapping("/{username}/two-factor")
    ResponseEntity<Void> removeTwoFactor(@PathVariable String username, Authentication admin,
                                         HttpServletRequest request) {
        notYourself(username, admin, "remove their own two-factor login; another administrator can");
        require(accounts.removeTwoFactor(username, clock.instant(), admin.getName()), username);
        return changed(admin, request, "two-factor login of " + username + " removed");
    }

    /** The rule {@code not-yourself}: what an administrator may not do to their own account through this API. */
    private static void notYourself(String username, Authentication admin, String what) {
        if (username.equals(admin.getName())) {
            throw RuleViolationException.of("username", "not-yourself", "an administrator cannot " + what);
        }
    }

    private Account account(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("user", username));
    }

    private static void require(boolean changed, String username) {
        if (!changed) {
            throw new NotFoundException("user", username);
        }
    }

    private ResponseEntity<Void> changed(Authentication admin, HttpServletRequest request, String what) {
        securityLog.userChanged(admin.getName(), SecurityLog.endpoint(request), what);
        return ResponseEntity.noContent().build();
    }
}
