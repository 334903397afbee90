package org.casework.query.worklist;

import org.casework.query.discrepancy.DiscrepancyKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One line of a worker's list: the engagement, its client, the last consultation (null when none), the days since it
 * (since the opening when none; what the gap G counts) and the engagement's discrepancies of today.
 */
public record MyEngagement(UUID engagementId, String title, UUID clientId, String clientName, LocalDate openedOn,
                           LocalDate lastConsultationOn, long daysWithoutConsultation,
                           List<DiscrepancyKind> discrepancies) {
}
