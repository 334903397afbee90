package org.casework.command.status;

import org.casework.command.settings.CurrentSettings;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
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
 */
public final class NoContactRule {

    public static final String DEADLINE = "no-contact";

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
        int days = settings.settings().noContactDays();
        LocalDate idleNext = today.plusDays(days);
        Optional<StatusEntry> current = timeline.current();
        LocalDate lastContact = registeredOn;
        lastContact = AutomaticStatus.later(lastContact, lastConsultation.orElse(lastContact));
        lastContact = AutomaticStatus.later(lastContact, current.map(StatusEntry::effectiveDate).orElse(lastContact));
        if (!settings.automatic()) {
            LocalDate due = lastContact.plusDays(days);
            return new Decision(Optional.empty(), due.isAfter(today) ? due : idleNext);
        }
        LocalDate due = AutomaticStatus.later(lastContact, settings.automaticSince()).plusDays(days);
        if (due.isAfter(today)) {
            return new Decision(Optional.empty(), due);
        }
        Status status = current.map(StatusEntry::status).orElse(null);
        if (status == null || !status.expectsContact()) {
            return new Decision(Optional.empty(), idleNext);
        }
        Status next = status == Status.SERVICE_USER ? Status.TERMINATED : Status.REJECTED;
        return new Decision(Optional.of(AutomaticStatus.automatic(next, due, StatusReason.DID_NOT_COME)), idleNext);
    }

    /** The deadline's payload: the day the check was due when it was scheduled. */
    public record Check(LocalDate due) {
    }
}
