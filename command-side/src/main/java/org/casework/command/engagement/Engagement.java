package org.casework.command.engagement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.casework.command.AggregateCaching;
import org.casework.command.client.ContactMovedBack;
import org.casework.command.rules.BusinessDates;
import org.casework.command.rules.RuleViolationException;
import org.casework.command.rules.Text;
import org.casework.command.rules.Violations;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationCorrected;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.ConsultationTotals;
import org.casework.domain.engagement.ConsultationVoided;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementMovedToClient;
import org.casework.domain.engagement.EngagementClosureCorrected;
import org.casework.domain.engagement.EngagementDetailsEdited;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.engagement.EngagementReopened;
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
 * events after it. Change {@code @Revision} whenever the fields change: older snapshots are then ignored
 * (revision 2 knows each consultation, so corrections and voids can be checked and counted).
 * <p>
 * Corrections are new events, never edits: a consultation corrected or voided, the description edited, the closure
 * corrected or undone; each says why.
 */
@Aggregate(filterEventsByType = true, snapshotTriggerDefinition = EngagementSnapshots.TRIGGER,
        cache = AggregateCaching.ENGAGEMENTS)
@Revision("2")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Engagement {

    static final int MAX_CONSULTATIONS_PER_BATCH = 500;
    static final int MAX_DURATION_MINUTES = 24 * 60;
    static final int MAX_REASON = 2000;

    @AggregateIdentifier
    private UUID engagementId;
    private UUID clientId;
    private LocalDate openedOn;
    private final RecordedConsultations consultations = new RecordedConsultations();
    private boolean closed;
    private LocalDate closedOn;

    protected Engagement() {
    }

    /**
     * Created by {@code Client}, which has just proved that the client exists. It may have been opened before the
     * client's registration: a file taken over from paper is registered the day it is entered (README, issue 20).
     */
    public Engagement(OpenEngagement command, LocalDate today) {
        Violations violations = new Violations();
        BusinessDates.notInFuture(violations, "openedOn", command.openedOn(), today);
        List<ProblemType> problemTypes = problemTypes(command.problemTypes());
        String problemTypeNote = Text.clean(command.problemTypeNote());
        checkDetails(violations, problemTypes, problemTypeNote, command.peopleInvolved());
        violations.throwIfAny();

        apply(new EngagementOpened(command.engagementId(), command.clientId(), Text.clean(command.title()),
                Text.clean(command.goal()), command.openedOn(), command.responsibleWorker(), problemTypes,
                problemTypeNote, command.peopleInvolved(), Text.clean(command.problemDescription())));
    }

    private static List<ProblemType> problemTypes(List<ProblemType> types) {
        return types == null ? List.of() : types.stream().distinct().sorted().toList();
    }

    private static void checkDetails(Violations violations, List<ProblemType> problemTypes, String problemTypeNote,
                                     Integer peopleInvolved) {
        violations.require(!problemTypes.contains(ProblemType.OTHER) || problemTypeNote != null,
                "problemTypeNote", "text-required-for-other", "must describe the problem when the type is OTHER");
        violations.require(peopleInvolved == null || peopleInvolved >= 1,
                "peopleInvolved", "at-least-one", "must be at least 1");
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
        if (closed && consultation.date() != null && consultation.date().isAfter(closedOn)) {
            violations.add("date", "not-after-engagement-closed",
                    "must not be after the day the engagement was closed (" + closedOn + ")");
        }
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
        Violations violations = new Violations();
        Closure closure = checkedClosure(command.closedOn(), command.reason(), command.reasonNote(),
                command.followUp(), command.followUpAgreement(), LocalDate.now(clock), violations);
        violations.throwIfAny();

        apply(new EngagementClosed(engagementId, clientId, command.closedOn(), command.reason(), closure.reasonNote(),
                command.followUp(), closure.followUpAgreement()));
    }

    /** The cleaned texts of a closure, once its rules hold. */
    private record Closure(String reasonNote, String followUpAgreement) {
    }

    private Closure checkedClosure(LocalDate closedOn, ClosureReason reason, String reasonNote, boolean followUp,
                                   String followUpAgreement, LocalDate today, Violations violations) {
        BusinessDates.notBefore(violations, "closedOn", closedOn, openedOn,
                "not-before-engagement-opened", "the day the engagement was opened");
        BusinessDates.notBefore(violations, "closedOn", closedOn, consultations.lastOn(),
                "not-before-last-consultation", "the last consultation");
        BusinessDates.notInFuture(violations, "closedOn", closedOn, today);
        String note = Text.clean(reasonNote);
        violations.require(reason != ClosureReason.OTHER || note != null,
                "reasonNote", "text-required-for-other", "must describe the reason when the reason is OTHER");
        String agreement = Text.clean(followUpAgreement);
        // seed 002, field 55 follows only a "yes" in field 54
        violations.require(followUp || agreement == null, "followUpAgreement",
                "only-with-follow-up", "must be empty when the client takes no part in follow-up");
        return new Closure(note, agreement);
    }

    /** A closed engagement's consultations can be corrected too, within the days it was open. */
    @CommandHandler
    public void handle(CorrectConsultation command, Clock clock, DeadlineManager deadlines) {
        NewConsultation corrected = command.consultation();
        RecordedConsultations.Held before = consultations.correctable(corrected.consultationId());
        Violations violations = new Violations();
        String reason = checkedReason(violations, "reason", command.reason());
        check(corrected, LocalDate.now(clock), violations);
        violations.throwIfAny();

        String worker = corrected.worker() != null ? corrected.worker() : before.worker();
        ConsultationTotals totals = consultations.totalsWith(corrected.consultationId(),
                new RecordedConsultations.Held(corrected.date(), corrected.durationMinutes(), worker, false));
        recheckIfMovedBack(totals, clock, deadlines);
        apply(new ConsultationCorrected(corrected.consultationId(), engagementId, clientId, corrected.date(),
                corrected.kind(), corrected.durationMinutes(), corrected.place(), Text.clean(corrected.placeNote()),
                worker, Text.clean(corrected.record()), participants(corrected.participants()),
                corrected.travelMinutes(), reason, totals));
    }

    @CommandHandler
    public void handle(VoidConsultation command, Clock clock, DeadlineManager deadlines) {
        consultations.correctable(command.consultationId());
        Violations violations = new Violations();
        String reason = checkedReason(violations, "reason", command.reason());
        violations.throwIfAny();
        ConsultationTotals totals = consultations.totalsWith(command.consultationId(), null);
        recheckIfMovedBack(totals, clock, deadlines);
        apply(new ConsultationVoided(command.consultationId(), engagementId, clientId, reason, totals));
    }

    /** An earlier last consultation may make the no-contact rule due before the file's next check. */
    private void recheckIfMovedBack(ConsultationTotals totals, Clock clock, DeadlineManager deadlines) {
        LocalDate before = consultations.lastOn();
        LocalDate after = totals.lastConsultationOn();
        if (before != null && (after == null || after.isBefore(before))) {
            ContactMovedBack.recheckNow(deadlines, clock, clientId);
        }
    }

    /** Open or closed, the description can be put right. */
    @CommandHandler
    public void handle(EditEngagementDetails command) {
        Violations violations = new Violations();
        String reason = checkedReason(violations, "reason", command.reason());
        String title = Text.clean(command.title());
        violations.require(title != null, "title", "required", "must name the engagement");
        List<ProblemType> problemTypes = problemTypes(command.problemTypes());
        String problemTypeNote = Text.clean(command.problemTypeNote());
        checkDetails(violations, problemTypes, problemTypeNote, command.peopleInvolved());
        violations.throwIfAny();
        apply(new EngagementDetailsEdited(engagementId, clientId, title, Text.clean(command.goal()), problemTypes,
                problemTypeNote, command.peopleInvolved(), Text.clean(command.problemDescription()), reason));
    }

    @CommandHandler
    public void handle(CorrectClosure command, Clock clock) {
        requireClosed();
        Violations violations = new Violations();
        String correctionReason = checkedReason(violations, "correctionReason", command.correctionReason());
        Closure closure = checkedClosure(command.closedOn(), command.reason(), command.reasonNote(),
                command.followUp(), command.followUpAgreement(), LocalDate.now(clock), violations);
        violations.throwIfAny();
        apply(new EngagementClosureCorrected(engagementId, clientId, command.closedOn(), command.reason(),
                closure.reasonNote(), command.followUp(), closure.followUpAgreement(), correctionReason));
    }

    /** Called by the client's file (see {@link ReopenEngagement}), in the same unit of work. */
    void reopen(String reason, LocalDate today) {
        requireClosed();
        Violations violations = new Violations();
        String cleaned = checkedReason(violations, "reason", reason);
        violations.throwIfAny();
        apply(new EngagementReopened(engagementId, clientId, today, cleaned));
    }

    private static String checkedReason(Violations violations, String field, String reason) {
        String cleaned = Text.clean(reason);
        violations.require(cleaned != null, field, "required", "must say why the record is corrected");
        violations.require(cleaned == null || cleaned.length() <= MAX_REASON, field, "max-length",
                "must not be longer than " + MAX_REASON + " characters");
        return cleaned;
    }

    /** The date of the latest consultation that counts (not voided), as corrected; null when there is none. */
    public LocalDate lastConsultationOn() {
        return consultations.lastOn();
    }

    UUID clientId() {
        return clientId;
    }

    private void requireClosed() {
        if (!closed) {
            throw RuleViolationException.of("engagementId", "engagement-closed",
                    "the engagement is open; only the closure of a closed engagement can be corrected or undone");
        }
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
        apply(new EngagementMovedToClient(engagementId, command.toClientId(), clientId, !closed, consultations.lastOn()));
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
        consultations.recorded(event.consultationId(), event.date(), event.durationMinutes(), event.worker());
    }

    @EventSourcingHandler
    void on(ConsultationCorrected event) {
        consultations.corrected(event.consultationId(), event.date(), event.durationMinutes(), event.worker(),
                event.totals());
    }

    @EventSourcingHandler
    void on(ConsultationVoided event) {
        consultations.voided(event.consultationId(), event.totals());
    }

    @EventSourcingHandler
    void on(EngagementClosed event) {
        closed = true;
        closedOn = event.closedOn();
    }

    @EventSourcingHandler
    void on(EngagementClosureCorrected event) {
        closedOn = event.closedOn();
    }

    @EventSourcingHandler
    void on(EngagementReopened event) {
        closed = false;
        closedOn = null;
    }
}
