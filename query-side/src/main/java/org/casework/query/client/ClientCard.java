package org.casework.query.client;

import org.casework.domain.client.Addresses;
import org.casework.domain.client.Contacts;
import org.casework.domain.family.Relation;
import org.casework.query.care.ContractCard;
import org.casework.query.care.CurrentStatus;
import org.casework.query.care.PlanCard;
import org.casework.query.status.Colour;

import java.time.DayOfWeek;
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
        List<ContractCard> contracts,
        PlanCard plan,
        Family family,
        LocalDate erasedOn) {

    /** The family the client belongs to now, and how they are related to its reference person. */
    public record Family(UUID id, String name, Relation relation, LocalDate since) {
    }

    public record Application(LocalDate receivedOn, LocalDate acceptedOn) {
    }

    /** Slots per weekday in the canonical form {@code 08.00-10.00, 14.00-16.00}. */
    public record RequestedTimeSlots(Map<DayOfWeek, String> slots, String note) {
    }
}
