package org.casework.command.engagement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How a client's file reopens one of its engagements inside its own unit of work, so that the file's erasure and
 * the reopening cannot interleave.
 */
public interface EngagementReopening {

    void reopen(UUID engagementId, String reason, LocalDate today);
}
