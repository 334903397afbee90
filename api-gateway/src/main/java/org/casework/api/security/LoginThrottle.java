package org.casework.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Slows down password guessing without letting anyone lock a user out: failed logins are counted per source
 * (client address; an IPv6 /64 counts as one) and per source and account. From {@code accountFailures} failures of
 * one account from one source on, that source waits before its next try at that account: {@code firstDelay}, then
 * twice as long after each further failure, at most {@code maxDelay}; from {@code sourceFailures} failures over all
 * accounts on, the source waits likewise before trying any account it has not logged into lately. The real user,
 * from another source, is never slowed by an attacker. A success clears its source's count for that account; a
 * count is forgotten {@code forgetAfter} after its last failure. State is in memory, at most {@code maxTracked}
 * entries per table (Caffeine, least recently used evicted), and each node counts on its own.
 */
@Component
public class LoginThrottle {

    /** Only address literals are parsed, so that no name is ever looked up. */
    private static final Pattern LITERAL_ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private record Failures(int count, Instant blockedUntil) {
    }

    private final SecurityProperties.Throttle settings;
    private final Clock clock;
    private final Cache<String, Failures> bySource;
    private final Cache<String, Failures> bySourceAndAccount;
    private final Cache<String, Boolean> loggedIn;

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.settings = properties.loginThrottle();
        this.clock = clock;
        this.bySource = table();
        this.bySourceAndAccount = table();
        this.loggedIn = table();
    }

    private <V> Cache<String, V> table() {
        return Caffeine.newBuilder().maximumSize(settings.maxTracked())
                .expireAfterWrite(settings.forgetAfter())
                .ticker(() -> clock.millis() * 1_000_000)
                .build();
    }

    /** How long this source must still wait before trying this account; empty when it may try now. */
    Optional<Duration> waitBefore(String source, String username) {
        Instant now = clock.instant();
        Instant until = blockedUntil(bySourceAndAccount, pair(source, username), now);
        if (until == null && loggedIn.getIfPresent(pair(source, username)) == null) {
            until = blockedUntil(bySource, source, now);
        }
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** Counts a failed login; answers, for the security log, the waits it starts. */
    List<String> failed(String source, String username) {
        Instant now = clock.instant();
        List<String> started = new ArrayList<>();
        count(bySourceAndAccount, pair(source, username), settings.accountFailures(), now).ifPresent(wait ->
                started.add("logins to this account from its source refused for " + wait.toSeconds() + " s"));
        count(bySource, source, settings.sourceFailures(), now).ifPresent(wait ->
                started.add("logins from its source refused for " + wait.toSeconds() + " s"));
        return started;
    }

    void succeeded(String source, String username) {
        bySourceAndAccount.invalidate(pair(source, username));
        loggedIn.put(pair(source, username), Boolean.TRUE);
    }

    /** An administrator lifts the throttle of an account, from every source. */
    public void forget(String username) {
        String suffix = pair("", username);
        bySourceAndAccount.asMap().keySet().removeIf(key -> key.endsWith(suffix));
    }

    /** The source of a request: its address, or for IPv6 its /64 network (one subscriber's usual share). */
    static String source(String remoteAddress) {
        if (remoteAddress == null || !LITERAL_ADDRESS.matcher(remoteAddress).matches()) {
            return "unknown";
        }
        if (remoteAddress.indexOf(':') < 0) {
            return remoteAddress;
        }
        try {
            byte[] address = InetAddress.getByName(remoteAddress).getAddress();
            if (address.length != 16) {
                return remoteAddress;
            }
            Arrays.fill(address, 8, 16, (byte) 0);
            return InetAddress.getByAddress(address).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    private Optional<Duration> count(Cache<String, Failures> table, String key, int threshold, Instant now) {
        Failures failures = table.asMap().compute(key, (k, old) -> {
            int count = old == null ? 1 : old.count() + 1;
            return new Failures(count, count < threshold ? null : now.plus(delay(count - threshold)));
        });
        return failures.blockedUntil() == null ? Optional.empty()
                : Optional.of(Duration.between(now, failures.blockedUntil()));
    }

    private Duration delay(int step) {
        Duration delay = settings.firstDelay().multipliedBy(1L << Math.min(step, 30));
        return delay.compareTo(settings.maxDelay()) > 0 || delay.isNegative() ? settings.maxDelay() : delay;
    }

    private static Instant blockedUntil(Cache<String, Failures> table, String key, Instant now) {
        Failures failures = table.getIfPresent(key);
        return failures == null || failures.blockedUntil() == null || !failures.blockedUntil().isAfter(now)
                ? null : failures.blockedUntil();
    }

    /** A user name cannot hold a newline (it is refused before this), so the pair is unambiguous. */
    private static String pair(String source, String username) {
        return source + "\n" + username;
    }
}
