package org.casework.api.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up refused for a configured user ends with one line naming the setting and its rule, instead of the
 * stack traces of every bean that could not be made without it.
 */
class UserConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidUserConfiguration> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidUserConfiguration cause) {
        return new FailureAnalysis(cause.getMessage(), "Correct " + cause.property() + " (in the environment, .env"
                + " or the configuration) and start again. A password may also be given encoded as Spring Security"
                + " writes it ({bcrypt}$2a$10$...); such a value is taken as it is.", cause);
    }
}
