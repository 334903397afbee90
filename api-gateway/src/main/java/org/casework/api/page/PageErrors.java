package org.casework.api.page;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The error pages, in the user's language: a file that does not exist or that the user may not see is one and the
 * same 404 page (never telling which); a file stored a moment ago but not yet readable is a short wait that reloads
 * itself; an erased or merged file says so; anything else names the correlation id to quote.
 */
@ControllerAdvice(basePackages = "org.casework.api.page")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    /** An API answer a page cannot show. */
    public static final class Refused extends RuntimeException {

        private final transient ApiAnswer answer;

        public Refused(ApiAnswer answer) {
            super("the API answered " + answer.status());
            this.answer = answer;
        }

        public ApiAnswer answer() {
            return answer;
        }
    }

    @ExceptionHandler(Refused.class)
    String refused(Refused refused, Model model, HttpServletResponse response) {
        ApiAnswer answer = refused.answer();
        if (answer.notYetReadable()) {
            response.setStatus(503);
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            return "error/wait";
        }
        int status = answer.status();
        response.setStatus(status == 401 ? 403 : status);
        model.addAttribute("status", status);
        model.addAttribute("problem", answer.problemType());
        model.addAttribute("detail", answer.detail());
        model.addAttribute("correlationId", MDC.get("correlationId"));
        if (answer.body() != null && answer.body().hasNonNull("mergedInto")) {
            model.addAttribute("mergedInto", answer.body().get("mergedInto").asText());
        }
        return switch (status) {
            case 404 -> "error/not-found";
            case 403, 401 -> "error/forbidden";
            case 410 -> "error/gone";
            default -> "error/failed";
        };
    }

    /** No page, or a path whose id is no id ({@code /clients/xyz}): nothing there. */
    @ExceptionHandler({NoResourceFoundException.class, MethodArgumentTypeMismatchException.class})
    String noPage(HttpServletResponse response) {
        response.setStatus(404);
        return "error/not-found";
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception e, Model model, HttpServletResponse response) {
        log.error("A page failed", e);
        response.setStatus(500);
        model.addAttribute("status", 500);
        model.addAttribute("correlationId", MDC.get("correlationId"));
        return "error/failed";
    }

    /** Where the pages' security sends a user whose role may not open a page. */
    @Controller
    static class Denied {
        @RequestMapping("/denied")
        String denied(HttpServletResponse response) {
            response.setStatus(403);
            return "error/forbidden";
        }
    }
}
