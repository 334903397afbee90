package org.casework.domain.engagement;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The engagement now belongs to {@code toClientId}: the file it was opened in ({@code clientId}) was merged into
 * that one. Named by the client it leaves, so read models handle it after all the engagement's earlier events;
 * whether it is open and its last consultation travel with it for the files' counts.
 */
public record EngagementMovedToClient(UUID engagementId, UUID clientId, UUID toClientId, boolean open,
                                      LocalDate lastConsultationOn) implements ClientEvent {
}
