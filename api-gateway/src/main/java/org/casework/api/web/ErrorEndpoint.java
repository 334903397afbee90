package org.casework.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The servlet error page ({@code /error}, in place of Spring Boot's): what fails outside Spring MVC (a
 * {@code sendError}, an exception in a filter, Tomcat's refusal of TRACE) answers a problem document whatever the
 * {@code Accept} header says. Called directly, {@code /error} is just a path with nothing at it.
 */
@Hidden
@RestController
class ErrorEndpoint implements ErrorController {

    private final ProblemResponses problems;

    ErrorEndpoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status) || status < 400) {
            problems.write(request, response, HttpStatus.NOT_FOUND.value(), "There is nothing at this path.");
            return;
        }
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problems.write(new OriginalPath(request, path == null ? null : path.toString()), response, status,
                detail(status));
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "Authentication is required: log in with HTTP Basic.";
            case 403 -> "Your role does not allow this request.";
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed here.";
            default -> status >= 500 ? "The service failed to handle the request; nothing was stored. Quote the"
                    + " correlation id when reporting it." : "The request cannot be handled.";
        };
    }

    /** The request as the problem's instance names it: the path that failed, not {@code /error}. */
    private static final class OriginalPath extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final String path;

        OriginalPath(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
        }

        @Override
        public String getRequestURI() {
            return path == null ? super.getRequestURI() : path;
        }
    }
}
