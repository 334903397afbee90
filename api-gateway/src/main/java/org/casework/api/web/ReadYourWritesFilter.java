package org.casework.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.freshness.CallerWrites;
import org.casework.api.freshness.FreshnessProperties;
import org.casework.api.freshness.ReadModelPositions;
import org.casework.domain.EventMetadata;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Read your own writes. A write tells the caller where its events are stored ({@code Casework-Position}); the
 * caller's next reads on this node, and any read that sends {@code Casework-After: <position>}, first wait until
 * every read model has applied that position, at most {@code casework.read-your-writes.timeout}. A read still
 * behind then is answered from what the read models have, marked {@code Casework-Stale: <position>}. Writes do not
 * wait. The read models' own state ({@code /api/admin/projections}) is answered at once.
 */
@Component
class ReadYourWritesFilter extends OncePerRequestFilter {

    static final String AFTER_HEADER = "Casework-After";
    static final String STALE_HEADER = "Casework-Stale";
    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final CallerWrites callers;
    private final ReadModelPositions positions;
    private final FreshnessProperties properties;
    private final ProblemResponses problems;

    ReadYourWritesFilter(CallerWrites callers, ReadModelPositions positions, FreshnessProperties properties,
                         ProblemResponses problems) {
        this.callers = callers;
        this.positions = positions;
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || path.startsWith("/api/admin/projections");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String correlationId = MDC.get(EventMetadata.CORRELATION_ID);
        if (caller == null || !caller.isAuthenticated() || correlationId == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!READS.contains(request.getMethod())) {
            try (CallerWrites.Request write = callers.begin(correlationId, caller.getName(), response)) {
                chain.doFilter(request, response);
            }
            return;
        }
        long after = callers.lastPosition(caller.getName());
        String given = request.getHeader(AFTER_HEADER);
        if (given != null) {
            if (!given.matches("[0-9]{1,18}")) {
                problems.send(request, response, problems.invalid(HttpStatus.BAD_REQUEST, "invalid-input",
                        "Invalid input", List.of(new FieldError(AFTER_HEADER, "position",
                                "must be a position answered in Casework-Position (a whole number)"))));
                return;
            }
            after = Math.max(after, Long.parseLong(given));
        }
        if (after > 0 && !positions.awaitPassed(after, properties.timeout())) {
            response.setHeader(STALE_HEADER, Long.toString(after));
        }
        chain.doFilter(request, response);
    }
}
