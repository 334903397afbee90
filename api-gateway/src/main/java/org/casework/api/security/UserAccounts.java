package org.casework.api.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The user table ({@code app_user}): every change stamps who made it and when. */
@Component
public class UserAccounts {

    private static final String COLUMNS = "username, password_hash, roles, enabled, totp_secret, totp_enrolled,"
            + " created_at, changed_at, changed_by";
    private static final RowMapper<Account> ACCOUNT = (row, i) -> new Account(row.getString(1), row.getString(2),
            roles(row.getString(3)), row.getBoolean(4), row.getString(5), row.getBoolean(6),
            instant(row.getTimestamp(7)), instant(row.getTimestamp(8)), row.getString(9));
    /** The longest name the table holds ({@code varchar(64)}). */
    private static final int MAX_NAME = 64;

    private final JdbcTemplate jdbc;

    UserAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty for a name no user can have (see {@link #possible}): such a name never reaches the database. */
    public Optional<Account> find(String username) {
        if (!possible(username)) {
            return Optional.empty();
        }
        return jdbc.query("select " + COLUMNS + " from app_user where username = ?", ACCOUNT, username).stream()
                .findFirst();
    }

    public List<Account> all() {
        return jdbc.query("select " + COLUMNS + " from app_user order by username", ACCOUNT);
    }

    /** Whether an enabled user has this role. */
    public boolean anyEnabled(Role role) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from app_user where enabled"
                + " and ? = any (string_to_array(roles, ',')))", Boolean.class, role.name()));
    }

    /** False when the name is taken. */
    public boolean create(String username, String passwordHash, Collection<Role> roles, Instant at, String by) {
        return jdbc.update("insert into app_user (username, password_hash, roles, created_at, changed_at, changed_by)"
                + " values (?, ?, ?, ?, ?, ?) on conflict (username) do nothing", username, passwordHash,
                text(roles), Timestamp.from(at), Timestamp.from(at), by) == 1;
    }

    public boolean setRoles(String username, Collection<Role> roles, Instant at, String by) {
        return change(username, "roles = ?", at, by, text(roles));
    }

    public boolean setEnabled(String username, boolean enabled, Instant at, String by) {
        return change(username, "enabled = ?", at, by, enabled);
    }

    /** Also clears the lock-out columns that earlier versions kept. */
    public boolean setPassword(String username, String passwordHash, Instant at, String by) {
        return change(username, "password_hash = ?, failed_logins = 0, locked_until = null", at, by, passwordHash);
    }

    public boolean unlock(String username, Instant at, String by) {
        return change(username, "failed_logins = 0, locked_until = null", at, by);
    }

    /** A new secret waits for its first code before logins need it. */
    public boolean startTwoFactor(String username, String secret, Instant at) {
        return change(username, "totp_secret = ?, totp_enrolled = false", at, username, secret);
    }

    public boolean confirmTwoFactor(String username, Instant at) {
        return change(username, "totp_enrolled = true", at, username);
    }

    public boolean removeTwoFactor(String username, Instant at, String by) {
        return change(username, "totp_secret = null, totp_enrolled = false", at, by);
    }

    /**
     * Whether a user can have this name: 1 to 64 characters without control characters. Anything typed at a login
     * or into a path is checked here first, so a NUL never reaches PostgreSQL (which refuses it with an error).
     */
    public static boolean possible(String username) {
        return username != null && !username.isEmpty() && username.length() <= MAX_NAME
                && username.codePoints().noneMatch(Character::isISOControl);
    }

    private boolean change(String username, String set, Instant at, String by, Object... values) {
        if (!possible(username)) {
            return false;
        }
        Object[] arguments = Arrays.copyOf(values, values.length + 3);
        arguments[values.length] = Timestamp.from(at);
        arguments[values.length + 1] = by;
        arguments[values.length + 2] = username;
        return jdbc.update("update app_user set " + set + ", changed_at = ?, changed_by = ? where username = ?",
                arguments) == 1;
    }

    private static String text(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : text.split(",")) {
            if (!role.isBlank()) {
                roles.add(Role.valueOf(role));
            }
        }
        return roles;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
