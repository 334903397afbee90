package org.casework.command.status;

import org.casework.command.settings.CurrentSettings;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.domain.status.StatusTimeline;

import java.time.LocalDate;
import java.util.Optional;

/**
 * R2's "did not come" (nepřišel): N days (setting) without contact make a CONTACTED or APPLICANT client REJECTED and
 * a SERVICE_USER TERMINATED, reason DID_NOT_COME, effective the day the period ran out.
 * <p>
 * The period runs from the last contact: the latest of the registration, the last consultation in any of the
 * client's engagements, and the day the current status took effect (an admission or a return to the service is a
 * contact too). Time before automatic mode was last switched on does not count.
 * <p>
 * The check runs as one persisted deadline per file that always reschedules itself: on the day the period would
 * run out, or N days later when there is nothing to watch. It decides on what the file knows when it runs, so a
 * consultation recorded a moment earlier is seen.
 * <p>
 * History entered after the fact can disprove an entry the rule made: a consultation recorded later but dated within
 * the N days up to the day the entry took effect shows the period never ran out. The system then marks that entry as
 * entered in error ({@link #contradicts}, reason {@link #RULE}) and checks again at once.
 */
public final class NoContactRule {

    public static final String DEADLINE = "no-contact";
    /** The reason of an entry the rule withdrew. */
    public static final String RULE = "no-contact: contradicted by a consultation recorded later";

    private NoContactRule() {
    }

    /** What the check does today: maybe an entry, and always the day of the next check. */
    public record Decision(Optional<StatusEntry> entry, LocalDate nextCheck) {
    }

    public static LocalDate firstCheck(CurrentSettings settings, LocalDate registeredOn) {
        return registeredOn.plusDays(settings.settings().noContactDays());
    }

    public static Decision decide(CurrentSettings settings, StatusTimeline timeline, LocalDate registeredOn,
                                  Optional<LocalDate> lastConsultation, LocalDate today) {
        LocalDate idleNext = today.plusDays(settings.settings().noContactDays());
        LocalDate due = dueDay(settings, timeline, registeredOn, lastConsultation);
        if (due.isAfter(today)) {
            return new Decision(Optional.empty(), due);
        }
        Optional<Status> next = outcome(settings, timeline);
        return new Decision(next.map(status -> AutomaticStatus.automatic(status, due, StatusReason.DID_NOT_COME)),
                idleNext);
    }

    /**
     * The day the rule would record its entry if nothing changes: empty in manual mode or when the status in force
     * expects no contact. Reminders read this, so a warning and the rule cannot disagree.
     */
    public static Optional<LocalDate> firesOn(CurrentSettings settings, StatusTimeline timeline,
                                              LocalDate registeredOn, Optional<LocalDate> lastConsultation) {
        return outcome(settings, timeline).map(status -> dueDay(settings, timeline, registeredOn, lastConsultation));
    }

    /**
     * The latest last contact with which the rule can fire on or before {@code until}: a file whose last contact is
     * later cannot ({@link #firesOn} is then after {@code until}); empty when nothing fires by then (manual mode, or
     * automatic mode switched on too recently). A list of what fires soon asks the read models only for the files
     * whose last contact, as far as they can tell, is not later: the latest of the registration, the last
     * consultation and the day the current status period began, which is never after the day the entry in force
     * took effect ({@link StatusTimeline#periods}).
     */
    public static Optional<LocalDate> lastContactFiringBy(CurrentSettings settings, LocalDate until) {
        LocalDate latest = until.minusDays(settings.settings().noContactDays());
        if (!settings.automatic() || settings.automaticSince().isAfter(latest)) {
            return Optional.empty();
        }
        return Optional.of(latest);
    }

    /**
     * Whether a consultation on {@code consultedOn} disproves {@code entry}: an entry this rule made, and known in
     * time the consultation would have kept the rule from making it, as it falls after the day N days before the
     * entry took effect and not after that day itself. A consultation after it is a return, not a contradiction.
     */
    public static boolean contradicts(CurrentSettings settings, StatusEntry entry, LocalDate consultedOn) {
        return entry.source() == StatusSource.AUTOMATIC && entry.reason() == StatusReason.DID_NOT_COME
                && !consultedOn.isAfter(entry.effectiveDate())
                && consultedOn.plusDays(settings.settings().noContactDays()).isAfter(entry.effectiveDate());
    }

    /** N days after the last contact, not counting time before automatic mode was switched on. */
    private static LocalDate dueDay(CurrentSettings settings, StatusTimeline timeline, LocalDate registeredOn,
                                    Optional<LocalDate> lastConsultation) {
        int days = settings.settings().noContactDays();
        LocalDate lastContact = registeredOn;
        lastContact = AutomaticStatus.later(lastContact, lastConsultation.orElse(lastContact));
        lastContact = AutomaticStatus.later(lastContact,
                timeline.current().map(StatusEntry::effectiveDate).orElse(lastContact));
        if (!settings.automatic()) {
            return lastContact.plusDays(days);
        }
        return AutomaticStatus.later(lastContact, settings.automaticSince()).plusDays(days);
    }

    /**
     * The status the rule would record: TERMINATED for a service user, REJECTED for CONTACTED or APPLICANT; empty
     * when {@link #firesOn} is. Reminders name it.
     */
    public static Optional<Status> outcome(CurrentSettings settings, StatusTimeline timeline) {
        Status status = timeline.current().map(StatusEntry::status).orElse(null);
        if (!settings.automatic() || status == null || !status.expectsContact()) {
            return Optional.empty();
        }
        return Optional.of(status == Status.SERVICE_USER ? Status.TERMINATED : Status.REJECTED);
    }

    /** The deadline's payload: the day the check was due when it was scheduled. */
    public record Check(LocalDate due) {
    }
}
