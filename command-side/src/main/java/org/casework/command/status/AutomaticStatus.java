package org.casework.command.status;

import org.casework.command.settings.CurrentSettings;
import org.casework.domain.settings.OrganisationSettings;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.domain.status.StatusTimeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

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
     * A signed contract makes the client a SERVICE_USER from the first day it is valid (R2: "from the contract's
     * start date"). A later automatic entry that is not an admission itself is superseded: the admission then takes
     * effect on its day, as nothing the system decided outranks a contract. A later entry by a worker or the family
     * stays current.
     */
    public static Optional<StatusEntry> contractStarted(CurrentSettings settings, StatusTimeline timeline,
                                                        LocalDate firstValidDay) {
        LocalDate effective = timeline.counting().stream().map(i -> timeline.entries().get(i))
                .filter(entry -> !entry.source().outranksAutomatic() && entry.status() != Status.SERVICE_USER)
                .map(StatusEntry::effectiveDate)
                .reduce(firstValidDay, AutomaticStatus::later);
        if (!settings.automatic() || timeline.statusOn(effective).orElse(null) == Status.SERVICE_USER) {
            return Optional.empty();
        }
        return Optional.of(automatic(Status.SERVICE_USER, effective, null));
    }

    /** The automatic admissions a contract whose first valid day was {@code firstValidDay} made. */
    public static List<Integer> admissionsOf(StatusTimeline timeline, LocalDate firstValidDay) {
        return made(timeline, entry -> entry.status() == Status.SERVICE_USER && entry.reason() == null
                && !entry.effectiveDate().isBefore(firstValidDay));
    }

    /** The automatic terminations of a contract whose last valid day was the day before {@code dayAfter}. */
    public static List<Integer> terminationsOf(StatusTimeline timeline, LocalDate dayAfter) {
        return made(timeline, entry -> entry.status() == Status.TERMINATED
                && entry.reason() == StatusReason.CONTRACT_ENDED && entry.effectiveDate().equals(dayAfter));
    }

    private static List<Integer> made(StatusTimeline timeline, Predicate<StatusEntry> byContract) {
        return timeline.counting().stream().filter(i -> {
            StatusEntry entry = timeline.entries().get(i);
            return entry.source() == StatusSource.AUTOMATIC && byContract.test(entry);
        }).toList();
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
