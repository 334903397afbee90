package org.casework.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.res.StringManager;
import org.casework.domain.EventMetadata;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

/**
 * Tomcat's error report for requests it refuses before the application sees them (a {@code %2F} or backslash in
 * the path, a URL or headers over the limit): a problem document with the security headers instead of Tomcat's
 * HTML page. Replaces {@link ErrorReportValve} on the host ({@link TomcatErrorReport}).
 */
class ProblemErrorValve extends ErrorReportValve {

    /** Tomcat's message, in Tomcat's language, when the request line or headers exceed the header buffer. */
    private static final String HEAD_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
            .getString("iib.requestheadertoolarge.error");

    private final ObjectMapper objectMapper;

    ProblemErrorValve(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail = switch (status) {
            case 400 -> "The request is malformed: its URL holds a character refused for safety (an encoded slash,"
                    + " a backslash, NUL...) or its request line or headers are invalid.";
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed here.";
            default -> status >= 500 ? "The service failed to handle the request; nothing was stored."
                    : "The request cannot be handled.";
        };
        if (status == 400 && throwable instanceof IllegalArgumentException && HEAD_TOO_LARGE.equals(
                throwable.getMessage())) {
            boolean requestLineRead = !request.getCoyoteRequest().requestURI().isNull();
            status = requestLineRead ? 431 : HttpServletResponse.SC_REQUEST_URI_TOO_LONG;
            detail = requestLineRead ? "The request headers are too large (8 KB for the URL and all headers)."
                    : "The URL is too long (8 KB for the URL and all headers).";
        }
        write(request, response, status, detail);
    }

    private void write(Request request, Response response, int status, String detail) {
        String correlationId = response.getHeader(CorrelationIdFilter.HEADER);
        correlationId = correlationId == null ? UUID.randomUUID().toString() : correlationId;
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(URI.create(ProblemResponses.TYPE_PREFIX + ProblemResponses.typeOf(status)));
        problem.setTitle(known == null ? "Error " + status : known.getReasonPhrase());
        problem.setProperty(EventMetadata.CORRELATION_ID, correlationId);
        try {
            response.resetBuffer(true);
            response.setStatus(status);
            SecurityHeaders.addTo(response, null);
            response.setHeader(CorrelationIdFilter.HEADER, correlationId);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            byte[] body = objectMapper.writeValueAsBytes(problem);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer is committed: nothing more can be said
        }
    }
}
