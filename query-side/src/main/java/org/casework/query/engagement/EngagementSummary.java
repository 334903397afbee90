package org.casework.query.engagement;

import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ProblemType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An engagement as listed on the client card and shown on its own. */
public record EngagementSummary(
        UUID id,
        UUID clientId,
        String title,
        String goal,
        LocalDate openedOn,
        String responsibleWorker,
        List<ProblemType> problemTypes,
        String problemTypeNote,
        Integer peopleInvolved,
        String problemDescription,
        boolean open,
        Closure closure,
        int consultationCount,
        long consultationMinutes,
        LocalDate lastConsultationOn) {

    public record Closure(LocalDate closedOn, ClosureReason reason, String reasonNote, Boolean followUp,
                          String followUpAgreement) {
    }
}
