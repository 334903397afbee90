package org.casework.command.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The date of the latest consultation in the given engagements, as the engagements themselves know it. */
@FunctionalInterface
public interface ContactHistory {

    Optional<LocalDate> lastConsultationOn(List<UUID> engagementIds);
}
