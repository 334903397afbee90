package org.casework.domain.engagement;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The engagement now belongs to {@code clientId}: the file it was in ({@code fromClientId}) was merged into that one.
 * Named by the client it joins, so read models handle it in order with the engagement's later events (the merge
 * waits until they have applied the earlier ones); whether it is open and its last consultation travel with it for
 * the surviving file's counts.
 */
public record EngagementMovedToClient(UUID engagementId, UUID clientId, UUID fromClientId, boolean open,
                                      LocalDate lastConsultationOn) implements ClientEvent {
}
