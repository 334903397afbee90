package org.casework.api.security;

import org.casework.query.access.Viewer;
import org.springframework.security.core.Authentication;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the caller's roles allow beyond the path rules of {@link SecurityConfiguration}: coordinators, directors
 * and auditors see every file; anyone else (a worker) only the files visible to them (README "Roles").
 */
public final class Caller {

    private static final Set<String> SEE_EVERY_FILE = Set.of(authority(Role.COORDINATOR), authority(Role.DIRECTOR),
            authority(Role.AUDITOR));
    private static final Set<String> MANAGE_EVERY_FILE = Set.of(authority(Role.COORDINATOR),
            authority(Role.DIRECTOR));

    private Caller() {
    }

    public static Viewer viewer(Authentication caller, LocalDate today) {
        return any(caller, SEE_EVERY_FILE) ? Viewer.everyone(today) : Viewer.worker(caller.getName(), today);
    }

    /** Coordinators and directors hand over and share any file; a worker only the files they are responsible for. */
    public static boolean managesEveryFile(Authentication caller) {
        return any(caller, MANAGE_EVERY_FILE);
    }

    public static String authority(Role role) {
        return "ROLE_" + role.name();
    }

    private static boolean any(Authentication caller, Set<String> authorities) {
        return caller.getAuthorities().stream().anyMatch(a -> authorities.contains(a.getAuthority()));
    }
}
