package org.casework.query.engagement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.casework.domain.Erasure;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationTotals;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementClosureCorrected;
import org.casework.domain.engagement.EngagementDetailsEdited;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.engagement.ProblemType;
import org.casework.query.support.InsertedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One engagement with its closure and a running summary of its consultations. */
@Entity
@Table(name = "engagement_view")
public class EngagementView extends InsertedEntity<UUID> {

    @Id
    private UUID id;
    private UUID clientId;
    private String title;
    private String goal;
    private LocalDate openedOn;
    private String responsibleWorker;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<ProblemType> problemTypes;
    private String problemTypeNote;
    private Integer peopleInvolved;
    private String problemDescription;
    private LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    private ClosureReason closureReason;
    private String closureReasonNote;
    private Boolean followUp;
    private String followUpAgreement;
    private int consultationCount;
    private long consultationMinutes;
    private LocalDate lastConsultationOn;

    protected EngagementView() {
    }

    EngagementView(EngagementOpened event) {
        id = event.engagementId();
        clientId = event.clientId();
        title = event.title();
        goal = event.goal();
        openedOn = event.openedOn();
        responsibleWorker = event.responsibleWorker();
        problemTypes = event.problemTypes();
        problemTypeNote = event.problemTypeNote();
        peopleInvolved = event.peopleInvolved();
        problemDescription = event.problemDescription();
    }

    void consultation(LocalDate date, int minutes) {
        consultationCount++;
        consultationMinutes += minutes;
        if (lastConsultationOn == null || date.isAfter(lastConsultationOn)) {
            lastConsultationOn = date;
        }
    }

    /** After a correction or a void: the engagement's own count, as if only what counts had been recorded. */
    void consultations(ConsultationTotals totals) {
        consultationCount = totals.consultations();
        consultationMinutes = totals.minutes();
        lastConsultationOn = totals.lastConsultationOn();
    }

    void edited(EngagementDetailsEdited event) {
        title = event.title();
        goal = event.goal();
        problemTypes = event.problemTypes();
        problemTypeNote = event.problemTypeNote();
        peopleInvolved = event.peopleInvolved();
        problemDescription = event.problemDescription();
    }

    void closed(EngagementClosed event) {
        closed(event.closedOn(), event.reason(), event.reasonNote(), event.followUp(), event.followUpAgreement());
    }

    void closed(EngagementClosureCorrected event) {
        closed(event.closedOn(), event.reason(), event.reasonNote(), event.followUp(), event.followUpAgreement());
    }

    private void closed(LocalDate on, ClosureReason reason, String reasonNote, boolean withFollowUp,
                        String agreement) {
        closedOn = on;
        closureReason = reason;
        closureReasonNote = reasonNote;
        followUp = withFollowUp;
        followUpAgreement = agreement;
    }

    /** Open again, as if it had never been closed. */
    void reopened() {
        closedOn = null;
        closureReason = null;
        closureReasonNote = null;
        followUp = null;
        followUpAgreement = null;
    }

    void movedTo(UUID client) {
        clientId = client;
    }

    void erase() {
        title = Erasure.text(title);
        goal = Erasure.text(goal);
        problemTypeNote = Erasure.text(problemTypeNote);
        problemDescription = Erasure.text(problemDescription);
        closureReasonNote = Erasure.text(closureReasonNote);
        followUpAgreement = Erasure.text(followUpAgreement);
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID clientId() {
        return clientId;
    }

    public String title() {
        return title;
    }

    EngagementSummary toSummary() {
        EngagementSummary.Closure closure = closedOn == null ? null
                : new EngagementSummary.Closure(closedOn, closureReason, closureReasonNote, followUp,
                followUpAgreement);
        return new EngagementSummary(id, clientId, title, goal, openedOn, responsibleWorker, problemTypes,
                problemTypeNote, peopleInvolved, problemDescription, closedOn == null, closure, consultationCount,
                consultationMinutes, lastConsultationOn);
    }
}
