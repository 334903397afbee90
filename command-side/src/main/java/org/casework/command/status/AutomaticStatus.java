package org.casework.command.status;

import org.casework.command.settings.CurrentSettings;
import org.casework.domain.settings.OrganisationSettings;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.domain.status.StatusTimeline;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The automatic status rules of R2, except the no-contact rule ({@link NoContactRule}). Each rule looks at the
 * settings in force when it runs, so switching the mode changes only what happens from then on; in manual mode
 * none of them records anything.
 */
public final class AutomaticStatus {

    private AutomaticStatus() {
    }

    /**
     * A new file starts as CONTACTED if the organisation uses that state, else APPLICANT. In manual mode the worker
     * who registers the client makes this first entry.
     */
    public static StatusEntry initial(OrganisationSettings settings, LocalDate registeredOn) {
        Status status = settings.contactedStateUsed() ? Status.CONTACTED : Status.APPLICANT;
        StatusSource source = settings.automatic() ? StatusSource.AUTOMATIC : StatusSource.MANUAL;
        return new StatusEntry(status, registeredOn, null, null, null, source);
    }

    /** CONTACTED becomes APPLICANT when the first engagement is opened. */
    public static Optional<StatusEntry> engagementOpened(CurrentSettings settings, StatusTimeline timeline,
                                                         LocalDate openedOn) {
        if (!settings.automatic()) {
            return Optional.empty();
        }
        return timeline.current()
                .filter(current -> current.status() == Status.CONTACTED)
                .map(current -> automatic(Status.APPLICANT, later(openedOn, current.effectiveDate()), null));
    }

    /**
     * A signed contract makes the client a SERVICE_USER from the first day it is valid, but not before the day the
     * status in force took effect (a contract backdated before it still admits the client).
     */
    public static Optional<StatusEntry> contractStarted(CurrentSettings settings, StatusTimeline timeline,
                                                        LocalDate firstValidDay) {
        LocalDate effective = timeline.current().map(c -> later(firstValidDay, c.effectiveDate())).orElse(firstValidDay);
        if (!settings.automatic() || timeline.statusOn(effective).orElse(null) == Status.SERVICE_USER) {
            return Optional.empty();
        }
        return Optional.of(automatic(Status.SERVICE_USER, effective, null));
    }

    /**
     * A contract that ended makes a service user (or a suspended one) TERMINATED with CONTRACT_ENDED on the day
     * after its last valid day, unless another contract is valid that day.
     */
    public static Optional<StatusEntry> contractExpired(CurrentSettings settings, StatusTimeline timeline,
                                                        LocalDate dayAfter, boolean anotherContractValid) {
        Status status = timeline.statusOn(dayAfter).orElse(null);
        if (!settings.automatic() || anotherContractValid
                || (status != Status.SERVICE_USER && status != Status.SUSPENDED)) {
            return Optional.empty();
        }
        return Optional.of(automatic(Status.TERMINATED, dayAfter, StatusReason.CONTRACT_ENDED));
    }

    static StatusEntry automatic(Status status, LocalDate effectiveDate, StatusReason reason) {
        return new StatusEntry(status, effectiveDate, reason, null, null, StatusSource.AUTOMATIC);
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
