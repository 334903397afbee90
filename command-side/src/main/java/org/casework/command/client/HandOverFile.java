package org.casework.command.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The merged file's part of a {@link MergeClient}: it records the merge and answers its engagements. */
public record HandOverFile(@TargetAggregateIdentifier UUID mergedClientId, UUID survivorId, String reason,
                    LocalDate mergedOn) {
}
