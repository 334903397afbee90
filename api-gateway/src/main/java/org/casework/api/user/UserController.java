package org.casework.api.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.casework.api.security.Account;
import org.casework.api.security.Role;
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
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * ADMIN manages users: creates them, sets roles, disables and enables, resets passwords (which also unlocks),
 * unlocks, and removes a two-factor enrolment whose phone is lost. Every change goes to the security log. An
 * administrator cannot disable themselves or take away their own ADMIN role, so the last one cannot lock all out.
 */
@RestController
@RequestMapping("/api/admin/users")
class UserController {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final SecurityLog securityLog;
    private final Clock clock;

    UserController(UserAccounts accounts, PasswordEncoder encoder, SecurityLog securityLog, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    @GetMapping
    List<UserView> users() {
        Instant now = clock.instant();
        return accounts.all().stream().map(account -> UserView.of(account, now)).toList();
    }

    @GetMapping("/{username}")
    UserView user(@PathVariable String username) {
        return UserView.of(account(username), clock.instant());
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
        if (username.equals(admin.getName()) && !body.roles().contains(Role.ADMIN)) {
            throw RuleViolationException.of("roles", "keeps-own-admin",
                    "an administrator cannot take away their own ADMIN role");
        }
        require(accounts.setRoles(username, body.roles(), clock.instant(), admin.getName()), username);
        return changed(admin, request, "roles of " + username + " set to " + Set.copyOf(body.roles()));
    }

    @PostMapping("/{username}/disable")
    ResponseEntity<Void> disable(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        if (username.equals(admin.getName())) {
            throw RuleViolationException.of("username", "not-yourself", "an administrator cannot disable themselves");
        }
        require(accounts.setEnabled(username, false, clock.instant(), admin.getName()), username);
        return changed(admin, request, "disabled " + username);
    }

    @PostMapping("/{username}/enable")
    ResponseEntity<Void> enable(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        require(accounts.setEnabled(username, true, clock.instant(), admin.getName()), username);
        return changed(admin, request, "enabled " + username);
    }

    @PutMapping("/{username}/password")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @Valid @RequestBody PasswordBody body,
                                       Authentication admin, HttpServletRequest request) {
        Passwords.checkBytes("password", body.password());
        require(accounts.setPassword(username, encoder.encode(body.password()), clock.instant(), admin.getName()),
                username);
        return changed(admin, request, "password of " + username + " reset");
    }

    @PostMapping("/{username}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        require(accounts.unlock(username, clock.instant(), admin.getName()), username);
        return changed(admin, request, "unlocked " + username);
    }

    @DeleteMapping("/{username}/two-factor")
    ResponseEntity<Void> removeTwoFactor(@PathVariable String username, Authentication admin,
                                         HttpServletRequest request) {
        require(accounts.removeTwoFactor(username, clock.instant(), admin.getName()), username);
        return changed(admin, request, "two-factor login of " + username + " removed");
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
