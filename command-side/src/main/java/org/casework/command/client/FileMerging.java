package org.casework.command.client;

import java.time.LocalDate;
import java.util.UUID;

/** What a merge asks of the other aggregates, in its own unit of work: the merged file, then its engagements. */
public interface FileMerging {

    /** The merged file records the merge and answers what it hands over; a rule violation names it otherwise. */
    Handover handOver(UUID mergedClientId, UUID survivorId, String reason, LocalDate mergedOn);

    void moveEngagement(UUID engagementId, UUID toClientId);
}
