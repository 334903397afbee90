package org.casework.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.database.DatabaseOutage;
import org.casework.domain.EventMetadata;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** Builds the RFC 9457 problem documents every error answers with. */
@Component
public class ProblemResponses {

    public static final String TYPE_PREFIX = "urn:casework:problem:";

    private final ObjectMapper objectMapper;

    ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return decorate(problem);
    }

    public ProblemDetail invalid(HttpStatusCode status, String type, String title, List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " inputs are invalid";
        ProblemDetail problem = problem(status, type, title, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * Adds what every problem carries: the correlation id to quote when asking for help, and a type of ours where
     * Spring left {@code about:blank} (404, 405, 406, 415...).
     */
    public ProblemDetail decorate(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create(TYPE_PREFIX + typeOf(problem.getStatus())));
        }
        String correlationId = MDC.get(EventMetadata.CORRELATION_ID);
        if (correlationId != null) {
            problem.setProperty(EventMetadata.CORRELATION_ID, correlationId);
        }
        return problem;
    }

    /** Answers with a problem from outside the controllers (a filter). */
    public void send(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(instance(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** For errors raised before a controller is reached (authentication, authorisation). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(request, response, status.value(), detail);
    }

    /**
     * Written straight to the response, whatever the request's {@code Accept} says: for errors raised outside Spring
     * MVC (the security chain, the firewall, the error page).
     */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = problem(HttpStatusCode.valueOf(status), typeOf(status),
                known == null ? "Error " + status : known.getReasonPhrase(), detail);
        problem.setInstance(instance(request.getRequestURI()));
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** The database cannot be reached: 503, the caller asked to repeat after {@link DatabaseOutage#RETRY_AFTER}. */
    public ProblemDetail databaseUnavailable() {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
                "The database cannot be reached at the moment. Repeat the request after the seconds given in "
                        + "Retry-After.");
    }

    /** {@link #databaseUnavailable()} for failures met before or outside a controller. */
    public void writeDatabaseUnavailable(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemDetail problem = databaseUnavailable();
        problem.setInstance(instance(request.getRequestURI()));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** The problem type for a status: {@code not-found}, {@code method-not-allowed}, {@code too-many-requests}... */
    public static String typeOf(int status) {
        if (status == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            return "internal-error";
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "http-" + status
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The path as an instance URI, or none when the path is not a valid URI (a refused request's may not be). */
    private static URI instance(String path) {
        try {
            return path == null ? null : new URI(null, null, path, null);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
