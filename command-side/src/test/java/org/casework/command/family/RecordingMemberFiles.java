package org.casework.command.family;

import org.casework.command.rules.RuleViolationException;
import org.casework.domain.family.Relation;
import org.casework.domain.status.StatusEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The members' files as a family fixture sees them: it records what the family asked of them. */
class RecordingMemberFiles implements MemberFiles {

    record Shared(UUID clientId, UUID familyId, StatusEntry entry) {
    }

    final List<UUID> joined = new ArrayList<>();
    final List<UUID> left = new ArrayList<>();
    final List<Shared> shared = new ArrayList<>();
    final List<Shared> withdrawn = new ArrayList<>();
    final Set<UUID> inAnotherFamily = new HashSet<>();
    final Map<UUID, LocalDate> lastConsultations = new HashMap<>();

    @Override
    public void join(UUID clientId, UUID familyId, Relation relation, LocalDate since) {
        if (inAnotherFamily.contains(clientId)) {
            throw RuleViolationException.of("clientId", "already-in-another-family", "taken");
        }
        joined.add(clientId);
    }

    @Override
    public void leave(UUID clientId, UUID familyId, LocalDate leftOn) {
        left.add(clientId);
    }

    @Override
    public void shareStatus(UUID clientId, UUID familyId, StatusEntry entry) {
        shared.add(new Shared(clientId, familyId, entry));
    }

    @Override
    public void withdrawStatus(UUID clientId, UUID familyId, StatusEntry entry, String reason) {
        withdrawn.add(new Shared(clientId, familyId, entry));
    }

    @Override
    public Optional<LocalDate> lastConsultationOn(Collection<UUID> clientIds) {
        return clientIds.stream().map(lastConsultations::get).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo);
    }
}
