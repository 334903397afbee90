package org.casework.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casework.domain.EventMetadata;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-Id} when it is a sensible token, a new
 * one otherwise; the error page of a request keeps its request's. It goes into the log context, the response
 * header, error bodies and every stored event.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String answered = response.getHeader(HEADER);
        String given = answered != null ? answered : request.getHeader(HEADER);
        String correlationId = given != null && ACCEPTED.matcher(given).matches()
                ? given : UUID.randomUUID().toString();
        MDC.put(EventMetadata.CORRELATION_ID, correlationId);
        response.setHeader(HEADER, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(EventMetadata.CORRELATION_ID);
        }
    }

    /** The error page of a request keeps the request's id (it is already in the answer's header). */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
