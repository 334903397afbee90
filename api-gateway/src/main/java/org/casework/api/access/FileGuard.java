package org.casework.api.access;

import org.casework.api.security.Caller;
import org.casework.api.security.SecurityLog;
import org.casework.api.web.NotFoundException;
import org.casework.query.access.FileVisibility;
import org.casework.query.access.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The per-file half of access control (the per-role half is the path rules of the security configuration). A file
 * the caller may not see answers 404 exactly as a file that does not exist, so its existence does not leak; every
 * refusal goes to the security log.
 */
@Component
public class FileGuard {

    private final FileVisibility visibility;
    private final SecurityLog securityLog;
    private final Clock clock;

    FileGuard(FileVisibility visibility, SecurityLog securityLog, Clock clock) {
        this.visibility = visibility;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    public enum Kind {
        CLIENT("client"),
        FAMILY("family"),
        ENGAGEMENT("engagement");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        static Kind ofPath(String plural) {
            return switch (plural) {
                case "clients" -> CLIENT;
                case "families" -> FAMILY;
                default -> ENGAGEMENT;
            };
        }
    }

    /** Refuses, as not found, a file the caller may not see today; an engagement is seen with its client. */
    public void requireVisible(Authentication caller, Kind kind, UUID id, String endpoint) {
        if (!visible(caller, kind, id, endpoint)) {
            throw NotFoundException.withoutLag(kind.word, id);
        }
    }

    /** Whether the caller may see the file today; a refusal is logged, the caller answers it as for no file. */
    public boolean visible(Authentication caller, Kind kind, UUID id, String endpoint) {
        Viewer viewer = Caller.viewer(caller, LocalDate.now(clock));
        if (viewer.seesEveryFile()) {
            return true;
        }
        boolean visible = kind == Kind.ENGAGEMENT ? visibility.engagementVisible(id, viewer)
                : visibility.visible(id, viewer);
        if (!visible) {
            securityLog.refused(caller.getName(), endpoint, "file not visible to the worker");
            return false;
        }
        return true;
    }

    /**
     * Sharing a file and handing it over are for its responsible worker, a coordinator and a director; a worker it
     * is only shared with is refused (403: they see the file, so nothing leaks).
     */
    public void requireManager(Authentication caller, UUID fileId, String endpoint) {
        if (Caller.managesEveryFile(caller)
                || visibility.responsibleWorker(fileId).filter(caller.getName()::equals).isPresent()) {
            return;
        }
        securityLog.refused(caller.getName(), endpoint, "not the file's responsible worker");
        throw new FileManagersOnlyException();
    }
}
