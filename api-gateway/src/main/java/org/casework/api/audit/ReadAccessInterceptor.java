package org.casework.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs a request to a {@link PersonalRead} endpoint before the handler runs, so no answer leaves without its log
 * line; a request for a file that turns out not to exist is logged too, as the attempt it was.
 */
class ReadAccessInterceptor implements HandlerInterceptor {

    private static final Pattern FILE = Pattern.compile(
            "^/api/(?:audit/)?(clients|families|engagements)/([0-9a-fA-F-]{36})(?:/|$)");

    private final AccessLog log;
    private final Clock clock;

    ReadAccessInterceptor(AccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PersonalRead read = method.getMethodAnnotation(PersonalRead.class);
        if (read == null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        AuditedFile kind = null;
        UUID file = null;
        Matcher matcher = FILE.matcher(path);
        if (matcher.find()) {
            kind = AuditedFile.valueOf(matcher.group(1));
            file = uuid(matcher.group(2));
        } else if (!read.clientParameter().isEmpty()) {
            kind = AuditedFile.clients;
            file = uuid(request.getParameter(read.clientParameter()));
        }
        if (file != null) {
            String query = request.getQueryString();
            log.record(clock.instant(), reader(), kind, file,
                    request.getMethod() + " " + path + (query == null ? "" : "?" + query));
        }
        return true;
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static String reader() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? "anonymous" : caller.getName();
    }
}
