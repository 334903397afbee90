package org.casework.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The security headers of every answer, set before anything else runs so that errors carry them too (Tomcat's own
 * errors get them from {@link ProblemErrorValve}). An API answer may load nothing and be framed nowhere; the
 * Swagger UI and the pages may load their own scripts, styles and images and call the service, nothing from
 * elsewhere. Nothing is
 * cached: answers hold personal data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class SecurityHeaders extends OncePerRequestFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Swagger UI: its bundle sets inline styles, its icons are data: images; the rest is same-origin. */
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none';"
            + " form-action 'none'";

    /** The pages: their own scripts, styles and images only; forms go to the service alone. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        addTo(response, request.getRequestURI());
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Sets the headers for an answer to {@code path} (the raw request URI; null when unknown). */
    public static void addTo(HttpServletResponse response, String path) {
        response.setHeader("Content-Security-Policy", isSwaggerUi(path) ? SWAGGER_UI_POLICY
                : isPage(path) ? PAGE_POLICY : API_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-store");
    }

    /** Anything but the API, its documents, the actuator and error answers is a page or a page's asset. */
    private static boolean isPage(String path) {
        return path != null && !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/actuator")
                && !path.startsWith("/v3/") && !path.equals("/error");
    }

    private static boolean isSwaggerUi(String path) {
        return path != null && (path.equals("/swagger-ui.html") || path.startsWith("/swagger-ui/"));
    }
}
