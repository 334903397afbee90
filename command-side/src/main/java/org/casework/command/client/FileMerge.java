package org.casework.command.client;

import org.axonframework.deadline.DeadlineManager;
import org.casework.command.care.CareRecord;
import org.casework.command.rules.RuleViolationException;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.rules.Text;
import org.casework.command.rules.Violations;
import org.casework.domain.client.ClientFileTakenOver;
import org.casework.domain.client.ClientMergedInto;

import org.casework.domain.contract.ContractTerms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Merging two files of one person, both halves: the survivor checks the request, the merged file records that it
 * went over and gives up its birth number, its engagements move, and the survivor records what it took over. The
 * merged file's plan and household assessments stay in its own history.
 */
final class FileMerge {

    private static final int MAX_REASON = 2000;

    private FileMerge() {
    }

    /**
     * The survivor records the merge first, then takes over the merged file's status entries as they were and its
     * contracts as if signed here (under ids of its own, ended if they were), so its automatic rules follow them.
     */
    static void intoSurvivor(UUID survivorId, MergeClient command, FileMerging merging, CareRecord care,
                             CareRecord.Owner owner, CurrentSettings settings, Clock clock,
                             DeadlineManager deadlines) {
        LocalDate today = LocalDate.now(clock);
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
        Handover handover = merging.handOver(command.mergedClientId(), survivorId, reason, today);
        handover.engagementIds().forEach(engagementId -> merging.moveEngagement(engagementId, survivorId));
        apply(new ClientFileTakenOver(survivorId, command.mergedClientId(), today, reason,
                handover.engagementIds()));
        handover.statusEntries().forEach(entry -> owner.statusRecorded(entry, settings));
        handover.contracts().forEach((contractId, contract) -> {
            ContractTerms terms = contract.terms();
            TakenOverContract taken = new TakenOverContract(TakenOverContract.idIn(survivorId, contractId),
                    contract.number(), terms.signedOn(), terms.validFrom(), terms.validTo(), terms.endedOn(),
                    "taken over from client file " + command.mergedClientId());
            try {
                care.signContract(owner, taken, settings, clock, deadlines);
                if (terms.endedOn() != null) {
                    care.endContract(owner, taken, settings, clock, deadlines);
                }
            } catch (RuleViolationException refused) {
                throw RuleViolationException.of("mergedClientId", "contract-not-taken-over", "contract "
                        + contract.number() + " of the merged file cannot be taken over: " + refused.getMessage());
            }
        });
    }

    /**
     * A member of a family leaves it first: a family's membership, statuses and automatic rules are the family's,
     * and moving them with the file is not decided here.
     */
    static Handover outOfMerged(UUID mergedId, HandOverFile command, UUID familyId, List<UUID> engagementIds,
                                CareRecord care, BirthNumberClaims claims) {
        if (familyId != null) {
            throw RuleViolationException.of("mergedClientId", "merged-file-in-family", "client file " + mergedId
                    + " belongs to family " + familyId + "; let it leave the family before merging");
        }
        claims.release(mergedId);
        List<UUID> engagements = List.copyOf(engagementIds);
        apply(new ClientMergedInto(mergedId, command.survivorId(), command.mergedOn(), command.reason(),
                engagements));
        return new Handover(engagements, care.statusEntries(), care.contracts());
    }
}
