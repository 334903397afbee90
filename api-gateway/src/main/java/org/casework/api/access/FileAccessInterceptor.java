package org.casework.api.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.security.SecurityLog;
import org.casework.api.web.FilePath;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Optional;


/**
 * Every request whose path names a client, family or engagement ({@code /api/clients/{id}/...}) passes the
 * {@link FileGuard} before its handler runs: one place for every endpoint, present and future, so none can forget.
 * Requests that name a file elsewhere (a body, a query parameter) are checked by their handler or filtered by
 * their query.
 */
class FileAccessInterceptor implements HandlerInterceptor {

    private final FileGuard guard;

    FileAccessInterceptor(FileGuard guard) {
        this.guard = guard;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        Optional<FilePath> file = FilePath.of(request.getRequestURI().substring(request.getContextPath().length()))
                .filter(named -> !named.audit());
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (file.isPresent() && caller != null) {
            guard.requireVisible(caller, FileGuard.Kind.ofPath(file.get().kind()), file.get().id(),
                    SecurityLog.endpoint(request));
        }
        return true;
    }
}
