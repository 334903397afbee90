package org.casework.command.family;

import org.casework.command.rules.RuleViolationException;
import org.casework.domain.family.Relation;
import org.casework.domain.status.StatusEntry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * The members' own files, as the family reaches them. Changes happen in the family's unit of work and transaction:
 * the family's event and the client's commit together or not at all.
 */
public interface MemberFiles {

    /** The answer to adding a client that does not exist (or, to a worker, one they may not see). */
    static RuleViolationException unknownClient(UUID clientId) {
        return RuleViolationException.of("clientId", "unknown-client", "there is no client with id " + clientId);
    }


    /** Fails with a rule violation when the client is unknown or already belongs to a family. */
    void join(UUID clientId, UUID familyId, Relation relation, LocalDate since);

    void leave(UUID clientId, UUID familyId, LocalDate leftOn);

    void shareStatus(UUID clientId, UUID familyId, StatusEntry entry);

    /** Marks the member's copy of the family's entry {@code entry} as entered in error, if the member has one. */
    void withdrawStatus(UUID clientId, UUID familyId, StatusEntry entry, String reason);

    /** The latest consultation in any engagement of the given clients. */
    Optional<LocalDate> lastConsultationOn(Collection<UUID> clientIds);
}
