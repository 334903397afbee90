package org.casework.query.family;

import org.casework.domain.client.Address;
import org.casework.domain.family.Relation;
import org.casework.domain.status.Status;
import org.casework.query.care.ContractCard;
import org.casework.query.care.CurrentStatus;
import org.casework.query.care.PlanCard;
import org.casework.query.status.Colour;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The family card: the family's own status, colour, contracts and plan, and its members with theirs. */
public record FamilyCard(
        UUID id,
        String name,
        Address address,
        String responsibleWorker,
        LocalDate createdOn,
        int memberCount,
        CurrentStatus status,
        Colour colour,
        String explanation,
        List<ContractCard> contracts,
        PlanCard plan,
        List<Member> members,
        List<FormerMember> formerMembers) {

    /** A current member with their own status and colour (for the day of the question). */
    public record Member(UUID clientId, String name, Relation relation, LocalDate since, Status status,
                         Colour colour, String explanation) {
    }

    public record FormerMember(UUID clientId, String name, Relation relation, LocalDate since, LocalDate leftOn) {
    }
}
