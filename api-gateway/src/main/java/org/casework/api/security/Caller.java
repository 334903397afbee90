package org.casework.api.security;

import org.springframework.security.core.Authentication;

import java.util.Set;

/** What the caller's roles allow beyond the path rules of {@link SecurityConfiguration}. */
public final class Caller {

    private static final Set<String> SEE_EVERY_WORKER = Set.of("ROLE_" + Role.COORDINATOR, "ROLE_" + Role.DIRECTOR,
            "ROLE_" + Role.AUDITOR);

    private Caller() {
    }

    /**
     * The worker whose files a list is limited to: a coordinator, director or auditor may name anyone or no one;
     * a worker sees only their own, so their name is used and naming someone else is refused.
     */
    public static String workerFilter(Authentication caller, String requested, String what) {
        boolean everyone = caller.getAuthorities().stream().anyMatch(a -> SEE_EVERY_WORKER.contains(a.getAuthority()));
        if (everyone) {
            return requested;
        }
        if (requested != null && !requested.equals(caller.getName())) {
            throw new OwnFilesOnlyException("A worker sees only their own " + what
                    + ": leave out worker or give your own user name.");
        }
        return caller.getName();
    }
}
