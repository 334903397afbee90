package org.casework.command.engagement;

import org.axonframework.config.Configuration;
import org.casework.command.client.ContactHistory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Asks each engagement aggregate (from its snapshot and later events) for its last consultation, inside the unit of
 * work of the caller, so a consultation committed a moment ago is seen and a read model's lag does not matter.
 */
@Component
class EngagementContactHistory implements ContactHistory {

    private final Configuration axon;

    EngagementContactHistory(@Lazy Configuration axon) {
        this.axon = axon;
    }

    @Override
    public Optional<LocalDate> lastConsultationOn(List<UUID> engagementIds) {
        return engagementIds.stream()
                .map(id -> axon.repository(Engagement.class).load(id.toString())
                        .invoke(Engagement::lastConsultationOn))
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo);
    }
}
