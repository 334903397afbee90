package org.casework.command.engagement;

import org.axonframework.config.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/** Loads the engagement in the caller's unit of work: its event commits with the caller's, or neither does. */
@Component
class RepositoryEngagementReopening implements EngagementReopening {

    private final Configuration axon;

    RepositoryEngagementReopening(@Lazy Configuration axon) {
        this.axon = axon;
    }

    @Override
    public void reopen(UUID engagementId, String reason, LocalDate today) {
        axon.repository(Engagement.class).load(engagementId.toString())
                .execute(engagement -> engagement.reopen(reason, today));
    }
}
