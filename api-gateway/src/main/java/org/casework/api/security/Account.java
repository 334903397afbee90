package org.casework.api.security;

import java.time.Instant;
import java.util.Set;

/** A user of the service as stored in {@code app_user}. */
public record Account(String username, String passwordHash, Set<Role> roles, boolean enabled, String totpSecret,
                      boolean totpEnrolled, Instant createdAt, Instant changedAt, String changedBy) {

    /** Someone who can be responsible for a file or have one shared with them. */
    public boolean keepsFiles() {
        return enabled && (roles.contains(Role.WORKER) || roles.contains(Role.COORDINATOR)
                || roles.contains(Role.DIRECTOR));
    }
}
