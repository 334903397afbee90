package org.casework.query.client;

import org.casework.domain.client.Addresses;
import org.casework.domain.client.Contacts;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusReason;
import org.casework.query.status.Colour;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The client card: everything the file says about the person. */
public record ClientCard(
        UUID id,
        String firstName,
        String lastName,
        String titleBefore,
        String titleAfter,
        String name,
        LocalDate birthDate,
        String birthNumber,
        String birthPlace,
        Addresses addresses,
        Contacts contacts,
        String responsibleWorker,
        LocalDate registeredOn,
        Application application,
        RequestedTimeSlots requestedTimeSlots,
        LocalDate lastContactOn,
        int openEngagements,
        int engagementCount,
        CurrentStatus status,
        Colour colour,
        String explanation,
        List<Contract> contracts,
        Plan plan) {

    /** The status in force; {@code since} is the first day of the current period in that status. */
    public record CurrentStatus(Status status, LocalDate since, StatusReason reason, String reasonNote) {
    }

    public record Contract(UUID id, String number, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
                           LocalDate endedOn, String endReason, boolean validToday) {
    }

    /** A version of the individual plan; the card shows the current one. */
    public record Plan(int version, LocalDate validFrom, LocalDate reviewDue, List<String> goals, String adoptedBy,
                       Instant adoptedAt) {
    }

    public record Application(LocalDate receivedOn, LocalDate acceptedOn) {
    }

    /** Slots per weekday in the canonical form {@code 08.00-10.00, 14.00-16.00}. */
    public record RequestedTimeSlots(Map<DayOfWeek, String> slots, String note) {
    }
}
