package org.casework.api.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Spring Security's request firewall refused the request ({@code ..}, {@code //}, {@code ;}, encoded periods or
 * slashes, a method such as TRACE): a 400 problem. When it refuses the error page of an error Tomcat already
 * answered (Tomcat refuses TRACE with 405, then the error page's TRACE is refused too), that first error is
 * reported. Spring Security takes this handler from the context by its type.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private final ProblemResponses problems;

    RejectedRequests(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        Object original = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (request.getDispatcherType() == DispatcherType.ERROR && original instanceof Integer status) {
            problems.write(request, response, status, ErrorEndpoint.detail(status));
            return;
        }
        problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "The URL is refused: it must be in"
                + " normal form, without '..', '//', ';', encoded periods, slashes or percent signs.");
    }
}
