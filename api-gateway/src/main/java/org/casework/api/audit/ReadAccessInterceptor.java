package org.casework.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.security.SecurityLog;
import org.casework.api.web.FilePath;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Logs a request to a {@link PersonalRead} endpoint before the handler runs, so no answer leaves without its log
 * line; a request for a file that turns out not to exist is logged too, as the attempt it was.
 */
class ReadAccessInterceptor implements HandlerInterceptor {

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
        Optional<FilePath> named = FilePath.of(path);
        if (named.isPresent()) {
            kind = AuditedFile.valueOf(named.get().kind());
            file = named.get().id();
        } else if (!read.clientParameter().isEmpty()) {
            kind = AuditedFile.clients;
            file = uuid(request.getParameter(read.clientParameter()));
        }
        if (file != null) {
            log.record(clock.instant(), reader(), kind, file, SecurityLog.endpoint(request));
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
