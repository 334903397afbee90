package org.casework.api.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.casework.api.web.FilePath;
import org.casework.query.support.PageOf;
import org.casework.query.support.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The security log ({@code security_log}, also written to the application log): failed logins, login throttling, every
 * refused request with its user, endpoint and file, and changes to users. Read by auditors. Failed logins are also
 * counted by reason, {@code casework_security_login_failures_total{reason="wrong-password"}}.
 */
@Component
public class SecurityLog {

    private static final Logger log = LoggerFactory.getLogger(SecurityLog.class);
    private static final int MAX_ENDPOINT = 300;
    private static final int MAX_TEXT = 100;

    public enum Kind {
        LOGIN_FAILED,
        /** written by earlier versions, which locked accounts */
        ACCOUNT_LOCKED,
        /** a source must wait before its next login (LoginThrottle) */
        LOGIN_THROTTLED,
        ACCESS_REFUSED,
        USER_CHANGED
    }

    public record Entry(Instant at, Kind kind, String user, String endpoint, String fileKind, UUID fileId,
                        String detail) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<LoginFailure, Counter> loginFailures = new EnumMap<>(LoginFailure.class);

    SecurityLog(JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        // every reason from the start, at 0, so that the first failure shows as an increase
        for (LoginFailure reason : LoginFailure.values()) {
            loginFailures.put(reason, Counter.builder("casework.security.login.failures")
                    .description("Failed logins, by reason (the security log has each one)")
                    .tag("reason", reason.tag()).register(meters));
        }
    }

    public static String endpoint(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getMethod() + " " + request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query);
    }

    /** A request refused; the file is read off the endpoint's path when it names one. */
    public void refused(String user, String endpoint, String reason) {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).split("\\?", 2)[0];
        Optional<FilePath> file = FilePath.of(path);
        write(Kind.ACCESS_REFUSED, user, endpoint, file.map(FilePath::kind).orElse(null),
                file.map(FilePath::id).orElse(null), reason);
    }

    void loginFailed(String user, String endpoint, LoginFailure reason, String detail) {
        loginFailures.get(reason).increment();
        write(Kind.LOGIN_FAILED, user, endpoint, null, null, detail);
    }

    /** Once per wait started, not per refused try: a flood of refused tries writes nothing. */
    void throttled(String user, String endpoint, String detail) {
        write(Kind.LOGIN_THROTTLED, user, endpoint, null, null, detail);
    }

    public void userChanged(String admin, String endpoint, String detail) {
        write(Kind.USER_CHANGED, admin, endpoint, null, null, detail);
    }

    private void write(Kind kind, String user, String endpoint, String fileKind, UUID fileId, String detail) {
        String who = cut(user, MAX_TEXT);
        String where = cut(endpoint, MAX_ENDPOINT);
        log.warn("{} user={} endpoint={} file={} {}", kind, who, where, fileId == null ? "-" : fileKind + "/" + fileId,
                detail);
        jdbc.update("insert into security_log (logged_at, kind, username, endpoint, file_kind, file_id, detail)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", Timestamp.from(clock.instant()), kind.name(), who, where,
                fileKind, fileId, cut(detail, 500));
    }

    /** Newest first; every filter optional; {@code to} is exclusive. */
    public PageOf<Entry> find(Kind kind, String user, Instant from, Instant to, Paging paging) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> arguments = new ArrayList<>();
        if (kind != null) {
            where.append(" and kind = ?");
            arguments.add(kind.name());
        }
        if (user != null) {
            where.append(" and username = ?");
            arguments.add(user);
        }
        if (from != null) {
            where.append(" and logged_at >= ?");
            arguments.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and logged_at < ?");
            arguments.add(Timestamp.from(to));
        }
        Long total = jdbc.queryForObject("select count(*) from security_log" + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(paging.size());
        paged.add((long) paging.page() * paging.size());
        List<Entry> entries = jdbc.query("select logged_at, kind, username, endpoint, file_kind, file_id, detail"
                        + " from security_log" + where + " order by logged_at desc, id desc limit ? offset ?",
                (row, i) -> new Entry(row.getTimestamp(1).toInstant(), Kind.valueOf(row.getString(2)),
                        row.getString(3), row.getString(4), row.getString(5), row.getObject(6, UUID.class),
                        row.getString(7)), paged.toArray());
        return new PageOf<>(entries, total == null ? 0 : total, paging.page(), paging.size());
    }

    /** Shortened, and without control characters: a user name typed at a login must not forge log lines. */
    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
