package org.casework.api.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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

    @GetMapping
    List<UserView> users() {
        return accounts.all().stream().map(UserView::of).toList();
    }

    @GetMapping("/{username}")
    UserView user(@PathVariable String username) {
        return UserView.of(account(username));
    }

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

    @PutMapping("/{username}/roles")
    ResponseEntity<Void> roles(@PathVariable String username, @Valid @RequestBody RolesBody body,
                               Authentication admin, HttpServletRequest request) {
        notYourself(username, admin, "change their own roles; another administrator can");
        require(accounts.setRoles(username, body.roles(), clock.instant(), admin.getName()), username);
        return changed(admin, request, "roles of " + username + " set to " + Set.copyOf(body.roles()));
    }

    @PostMapping("/{username}/disable")
    ResponseEntity<Void> disable(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        notYourself(username, admin, "disable themselves");
        require(accounts.setEnabled(username, false, clock.instant(), admin.getName()), username);
        return changed(admin, request, "disabled " + username);
    }

    @PostMapping("/{username}/enable")
    ResponseEntity<Void> enable(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        notYourself(username, admin, "enable themselves");
        require(accounts.setEnabled(username, true, clock.instant(), admin.getName()), username);
        return changed(admin, request, "enabled " + username);
    }

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

    @PostMapping("/{username}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        notYourself(username, admin, "lift the login throttle of their own account; another administrator can");
        require(accounts.unlock(username, clock.instant(), admin.getName()), username);
        throttle.forget(username);
        return changed(admin, request, "unlocked " + username);
    }

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
