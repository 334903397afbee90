package org.casework.api.duplicates;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.web.FilePath;
import org.casework.command.rules.FileMergedException;
import org.casework.query.access.MergedFiles;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every request for a merged client file, reading or writing, answers with the pointer to the file it went into
 * (410 {@code file-merged}, {@code Location}); its history stays readable under {@code /api/audit}.
 */
class MergedFileInterceptor implements HandlerInterceptor {

    private final MergedFiles mergedFiles;

    MergedFileInterceptor(MergedFiles mergedFiles) {
        this.mergedFiles = mergedFiles;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        FilePath.of(request.getRequestURI().substring(request.getContextPath().length()))
                .filter(file -> !file.audit() && "clients".equals(file.kind()))
                .ifPresent(file -> mergedFiles.survivorOf(file.id()).ifPresent(survivor -> {
                    throw new FileMergedException(file.id(), survivor);
                }));
        return true;
    }
}
