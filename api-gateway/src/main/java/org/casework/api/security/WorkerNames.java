package org.casework.api.security;

import org.casework.command.rules.Violations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A file is given only to someone who can keep files: an enabled user with role WORKER, COORDINATOR or DIRECTOR,
 * so a typing error does not hand a file to nobody. With logins from an external identity provider the users are
 * not all in the user table, and names are not checked.
 */
@Component
public class WorkerNames {

    private final UserAccounts accounts;
    private final boolean externalLogins;

    WorkerNames(UserAccounts accounts, ObjectProvider<JwtDecoder> jwt) {
        this.accounts = accounts;
        this.externalLogins = jwt.getIfAvailable() != null;
    }

    /** Records an {@code unknown-worker} violation of {@code field} unless the name keeps files; null passes. */
    public void check(Violations violations, String field, String worker) {
        if (worker == null || worker.isBlank() || externalLogins) {
            return;
        }
        boolean keepsFiles = accounts.find(worker.strip()).map(Account::keepsFiles).orElse(false);
        violations.require(keepsFiles, field, "unknown-worker",
                "must name an enabled user with role WORKER, COORDINATOR or DIRECTOR");
    }

    public void check(Violations violations, String field, List<String> workers) {
        if (workers != null) {
            for (int i = 0; i < workers.size(); i++) {
                check(violations, field + "[" + i + "]", workers.get(i));
            }
        }
    }
}
