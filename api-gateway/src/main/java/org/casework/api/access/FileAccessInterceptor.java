package org.casework.api.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.security.SecurityLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every request whose path names a client, family or engagement ({@code /api/clients/{id}/...}) passes the
 * {@link FileGuard} before its handler runs: one place for every endpoint, present and future, so none can forget.
 * Requests that name a file elsewhere (a body, a query parameter) are checked by their handler or filtered by
 * their query.
 */
class FileAccessInterceptor implements HandlerInterceptor {

    static final Pattern FILE = Pattern.compile("^/api/(clients|families|engagements)/([0-9a-fA-F-]{36})(?:/|$)");

    private final FileGuard guard;

    FileAccessInterceptor(FileGuard guard) {
        this.guard = guard;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        Matcher matcher = FILE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (!matcher.find() || caller == null) {
            return true;
        }
        UUID id;
        try {
            id = UUID.fromString(matcher.group(2));
        } catch (IllegalArgumentException notAnId) {
            return true;
        }
        guard.requireVisible(caller, FileGuard.Kind.ofPath(matcher.group(1)), id, SecurityLog.endpoint(request));
        return true;
    }
}
