package org.casework.command.client;

import org.casework.command.rules.RuleViolationException;
import org.casework.command.rules.Text;
import org.casework.command.rules.Violations;
import org.casework.domain.client.ClientFileTakenOver;
import org.casework.domain.client.ClientMergedInto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Merging two files of one person, both halves: the survivor checks the request, the merged file records that it
 * went over and gives up its birth number, its engagements move, and the survivor records what it took over.
 */
final class FileMerge {

    private static final int MAX_REASON = 2000;

    private FileMerge() {
    }

    static void intoSurvivor(UUID survivorId, MergeClient command, LocalDate today, FileMerging merging) {
        String reason = Text.clean(command.reason());
        Violations violations = new Violations();
        violations.require(command.mergedClientId() != null, "mergedClientId", "required",
                "must name the file that goes over into this one");
        violations.require(!survivorId.equals(command.mergedClientId()), "mergedClientId", "not-the-same-file",
                "a file cannot be merged into itself");
        violations.require(reason != null, "reason", "required", "must say why the two files are one person's");
        violations.require(reason == null || reason.length() <= MAX_REASON, "reason", "max-length",
                "must not be longer than " + MAX_REASON + " characters");
        violations.throwIfAny();
        List<UUID> engagements = merging.handOver(command.mergedClientId(), survivorId, reason, today);
        engagements.forEach(engagementId -> merging.moveEngagement(engagementId, survivorId));
        apply(new ClientFileTakenOver(survivorId, command.mergedClientId(), today, reason, engagements));
    }

    /**
     * A member of a family leaves it first: a family's membership, statuses and automatic rules are the family's,
     * and moving them with the file is not decided here.
     */
    static List<UUID> outOfMerged(UUID mergedId, HandOverFile command, UUID familyId, List<UUID> engagementIds,
                                  BirthNumberClaims claims) {
        if (familyId != null) {
            throw RuleViolationException.of("mergedClientId", "merged-file-in-family", "client file " + mergedId
                    + " belongs to family " + familyId + "; let it leave the family before merging");
        }
        claims.release(mergedId);
        List<UUID> engagements = List.copyOf(engagementIds);
        apply(new ClientMergedInto(mergedId, command.survivorId(), command.mergedOn(), command.reason(),
                engagements));
        return engagements;
    }
}
