package org.casework.command.engagement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.casework.command.AggregateCaching;
import org.casework.command.rules.BusinessDates;
import org.casework.command.rules.RuleViolationException;
import org.casework.command.rules.Text;
import org.casework.command.rules.Violations;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementMovedToClient;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.engagement.ProblemType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An engagement (zakázka): work towards one goal for one client. Consultations live only inside an engagement
 * and only while it is open (R1).
 * <p>
 * An engagement collects hundreds of consultations, so it is loaded from a snapshot (its fields as JSON) plus the
 * events after it. Change {@code @Revision} whenever the fields change: older snapshots are then ignored.
 */
@Aggregate(filterEventsByType = true, snapshotTriggerDefinition = EngagementSnapshots.TRIGGER,
        cache = AggregateCaching.ENGAGEMENTS)
@Revision("1")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Engagement {

    static final int MAX_CONSULTATIONS_PER_BATCH = 500;
    static final int MAX_DURATION_MINUTES = 24 * 60;

    @AggregateIdentifier
    private UUID engagementId;
    private UUID clientId;
    private LocalDate openedOn;
    private LocalDate lastConsultationOn;
    private boolean closed;

    protected Engagement() {
    }

    /** Created by {@code Client}, which has just proved that the client exists. */
    public Engagement(OpenEngagement command, LocalDate today) {
        Violations violations = new Violations();
        BusinessDates.notInFuture(violations, "openedOn", command.openedOn(), today);
        List<ProblemType> problemTypes = command.problemTypes() == null
                ? List.of() : command.problemTypes().stream().distinct().sorted().toList();
        String problemTypeNote = Text.clean(command.problemTypeNote());
        violations.require(!problemTypes.contains(ProblemType.OTHER) || problemTypeNote != null,
                "problemTypeNote", "text-required-for-other", "must describe the problem when the type is OTHER");
        violations.require(command.peopleInvolved() == null || command.peopleInvolved() >= 1,
                "peopleInvolved", "at-least-one", "must be at least 1");
        violations.throwIfAny();

        apply(new EngagementOpened(command.engagementId(), command.clientId(), Text.clean(command.title()),
                Text.clean(command.goal()), command.openedOn(), command.responsibleWorker(), problemTypes,
                problemTypeNote, command.peopleInvolved(), Text.clean(command.problemDescription())));
    }

    @CommandHandler
    public List<UUID> handle(RecordConsultations command, Clock clock) {
        requireOpen();
        LocalDate today = LocalDate.now(clock);
        List<NewConsultation> consultations = command.consultations() == null ? List.of() : command.consultations();
        Violations violations = new Violations();
        violations.require(!consultations.isEmpty(), "consultations", "not-empty",
                "must contain at least one consultation");
        violations.require(consultations.size() <= MAX_CONSULTATIONS_PER_BATCH, "consultations", "batch-size",
                "must not contain more than " + MAX_CONSULTATIONS_PER_BATCH + " consultations");
        for (int i = 0; i < consultations.size(); i++) {
            check(consultations.get(i), today, violations.under("consultations[" + i + "]."));
        }
        violations.throwIfAny();

        List<UUID> ids = new ArrayList<>(consultations.size());
        for (NewConsultation consultation : consultations) {
            apply(new ConsultationRecorded(consultation.consultationId(), engagementId, clientId,
                    consultation.date(), consultation.kind(), consultation.durationMinutes(), consultation.place(),
                    Text.clean(consultation.placeNote()), consultation.worker(), Text.clean(consultation.record()),
                    participants(consultation.participants()), consultation.travelMinutes()));
            ids.add(consultation.consultationId());
        }
        return ids;
    }

    private void check(NewConsultation consultation, LocalDate today, Violations violations) {
        BusinessDates.notBefore(violations, "date", consultation.date(), openedOn,
                "not-before-engagement-opened", "the day the engagement was opened");
        BusinessDates.notInFuture(violations, "date", consultation.date(), today);
        violations.require(consultation.durationMinutes() > 0, "durationMinutes", "positive",
                "must be more than 0 minutes");
        violations.require(consultation.durationMinutes() <= MAX_DURATION_MINUTES, "durationMinutes",
                "at-most-one-day", "must not be more than " + MAX_DURATION_MINUTES + " minutes");
        violations.require(consultation.place() != ConsultationPlace.ELSEWHERE
                        || Text.clean(consultation.placeNote()) != null,
                "placeNote", "text-required-for-elsewhere", "must name the place when the place is ELSEWHERE");
        Integer travel = consultation.travelMinutes();
        if (travel != null) {
            violations.require(travel >= 0 && travel <= MAX_DURATION_MINUTES, "travelMinutes", "within-one-day",
                    "must be between 0 and " + MAX_DURATION_MINUTES + " minutes");
            violations.require(travel == 0 || consultation.place() != ConsultationPlace.IN_OFFICE, "travelMinutes",
                    "no-travel-in-office", "must be 0 or absent when the place is IN_OFFICE");
        }
    }

    private static List<String> participants(List<String> names) {
        if (names == null) {
            return List.of();
        }
        return names.stream().map(Text::clean).filter(name -> name != null).toList();
    }

    @CommandHandler
    public void handle(CloseEngagement command, Clock clock) {
        requireOpen();
        LocalDate today = LocalDate.now(clock);
        Violations violations = new Violations();
        BusinessDates.notBefore(violations, "closedOn", command.closedOn(), openedOn,
                "not-before-engagement-opened", "the day the engagement was opened");
        BusinessDates.notBefore(violations, "closedOn", command.closedOn(), lastConsultationOn,
                "not-before-last-consultation", "the last consultation");
        BusinessDates.notInFuture(violations, "closedOn", command.closedOn(), today);
        String reasonNote = Text.clean(command.reasonNote());
        violations.require(command.reason() != ClosureReason.OTHER || reasonNote != null,
                "reasonNote", "text-required-for-other", "must describe the reason when the reason is OTHER");
        String followUpAgreement = Text.clean(command.followUpAgreement());
        // seed 002, field 55 follows only a "yes" in field 54
        violations.require(command.followUp() || followUpAgreement == null, "followUpAgreement",
                "only-with-follow-up", "must be empty when the client takes no part in follow-up");
        violations.throwIfAny();

        apply(new EngagementClosed(engagementId, clientId, command.closedOn(), command.reason(), reasonNote,
                command.followUp(), followUpAgreement));
    }

    public LocalDate lastConsultationOn() {
        return lastConsultationOn;
    }

    private void requireOpen() {
        if (closed) {
            throw RuleViolationException.of("engagementId", "engagement-open",
                    "the engagement is closed; nothing more can be recorded into it");
        }
    }

    /**
     * R1 says an engagement belongs to one client for good; issue 20 makes the exception of two files of one person
     * merged, and the engagement records it.
     */
    @CommandHandler
    public void handle(MoveEngagement command) {
        apply(new EngagementMovedToClient(engagementId, command.toClientId(), clientId, !closed, lastConsultationOn));
    }

    @EventSourcingHandler
    void on(EngagementMovedToClient event) {
        clientId = event.clientId();
    }

    @EventSourcingHandler
    void on(EngagementOpened event) {
        engagementId = event.engagementId();
        clientId = event.clientId();
        openedOn = event.openedOn();
    }

    @EventSourcingHandler
    void on(ConsultationRecorded event) {
        if (lastConsultationOn == null || event.date().isAfter(lastConsultationOn)) {
            lastConsultationOn = event.date();
        }
    }

    @EventSourcingHandler
    void on(EngagementClosed event) {
        closed = true;
    }
}
