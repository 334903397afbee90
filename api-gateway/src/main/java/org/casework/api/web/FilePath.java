package org.casework.api.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file a request path names: {@code /api/clients/{id}/...}, {@code /api/families/{id}/...},
 * {@code /api/engagements/{id}/...}, or the same under {@code /api/audit/}. {@code kind} is the path's plural.
 */
public record FilePath(String kind, UUID id, boolean audit) {

    private static final Pattern FILE = Pattern.compile(
            "^/api/(audit/)?(clients|families|engagements)/([0-9a-fA-F-]{36})(?:/|$)");

    public static Optional<FilePath> of(String path) {
        Matcher matcher = FILE.matcher(path);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FilePath(matcher.group(2), UUID.fromString(matcher.group(3)),
                    matcher.group(1) != null));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
