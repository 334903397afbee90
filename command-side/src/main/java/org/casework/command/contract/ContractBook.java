package org.casework.command.contract;

import org.casework.command.rules.BusinessDates;
import org.casework.command.rules.RuleViolationException;
import org.casework.command.rules.Text;
import org.casework.command.rules.UnknownRecordException;
import org.casework.command.rules.Violations;
import org.casework.domain.contract.ContractTerms;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The contracts of one file and the rules for signing, ending and correcting them (R7: a contract cannot end before
 * it starts). A voided contract is gone for every rule; only its id is remembered.
 */
public final class ContractBook {

    /** A deadline that falls due on the first valid day of a contract signed ahead. */
    public static final String STARTS = "contract-starts";
    /** A deadline that falls due on the day after a contract's last valid day. */
    public static final String EXPIRES = "contract-expires";

    private static final int MAX_REASON = 2000;

    private final Map<UUID, Contract> contracts = new LinkedHashMap<>();
    private final Set<UUID> voided = new HashSet<>();

    public record Contract(String number, ContractTerms terms) {
    }

    /**
     * The payload of both contract deadlines: the day it was scheduled for, so a deadline whose day a correction
     * moved does nothing ({@code day} is null in deadlines scheduled before corrections existed).
     */
    public record ContractDue(UUID contractId, LocalDate day) {

        /** Whether the contract's terms still fall due on this deadline's day. */
        public boolean holdsFor(LocalDate dueDay) {
            return day == null || day.equals(dueDay);
        }
    }

    public void checkSigning(ContractSigning command, LocalDate today, Violations violations) {
        String number = Text.clean(command.number());
        violations.require(number != null, "number", "required", "must be given");
        violations.require(number == null || contracts.values().stream().noneMatch(c -> c.number().equals(number)),
                "number", "number-unique", "this file already has a contract numbered " + number);
        violations.require(command.signedOn() != null, "signedOn", "required", "must be given");
        violations.require(command.validFrom() != null, "validFrom", "required", "must be given");
        BusinessDates.notInFuture(violations, "signedOn", command.signedOn(), today);
        BusinessDates.notBefore(violations, "validTo", command.validTo(), command.validFrom(),
                "not-before-valid-from", "the day the contract starts");
        violations.require(!contracts.containsKey(command.contractId()) && !voided.contains(command.contractId()),
                "contractId", "unique", "a contract with this id exists");
    }

    /** A correction follows the rules of signing, and an early end must still lie within the corrected terms. */
    public void checkCorrection(ContractCorrection command, LocalDate today, Violations violations) {
        Contract contract = get(command.contractId());
        String number = Text.clean(command.number());
        violations.require(number != null, "number", "required", "must be given");
        violations.require(number == null || contracts.entrySet().stream().noneMatch(e ->
                        !e.getKey().equals(command.contractId()) && e.getValue().number().equals(number)),
                "number", "number-unique", "this file already has a contract numbered " + number);
        violations.require(command.signedOn() != null, "signedOn", "required", "must be given");
        violations.require(command.validFrom() != null, "validFrom", "required", "must be given");
        BusinessDates.notInFuture(violations, "signedOn", command.signedOn(), today);
        BusinessDates.notBefore(violations, "validTo", command.validTo(), command.validFrom(),
                "not-before-valid-from", "the day the contract starts");
        checkReason(command.reason(), violations);
        LocalDate endedOn = contract.terms().endedOn();
        if (endedOn != null && command.signedOn() != null && command.validFrom() != null) {
            ContractTerms corrected = new ContractTerms(command.signedOn(), command.validFrom(), command.validTo(),
                    endedOn);
            violations.require(!endedOn.isBefore(corrected.firstValidDay()), "validFrom", "not-after-ended",
                    "the contract was ended on " + endedOn + "; it cannot start after that");
            violations.require(command.validTo() == null || !endedOn.isAfter(command.validTo()), "validTo",
                    "not-before-ended", "the contract was ended on " + endedOn + "; it cannot run out before that");
        }
        violations.require(!corrects(contract, number, command), "contractId", "nothing-to-correct",
                "the corrected terms are the contract's terms already");
    }

    public void checkVoiding(UUID contractId, String reason, Violations violations) {
        get(contractId);
        checkReason(reason, violations);
    }

    private static void checkReason(String reason, Violations violations) {
        String cleaned = Text.clean(reason);
        violations.require(cleaned != null, "reason", "required", "must say why the contract is corrected or voided");
        violations.require(cleaned == null || cleaned.length() <= MAX_REASON, "reason", "max-length",
                "must not be longer than " + MAX_REASON + " characters");
    }

    private static boolean corrects(Contract contract, String number, ContractCorrection command) {
        ContractTerms terms = contract.terms();
        return contract.number().equals(number) && terms.signedOn().equals(command.signedOn())
                && terms.validFrom().equals(command.validFrom())
                && Objects.equals(terms.validTo(), command.validTo());
    }

    public void checkEnding(ContractEnding command, Violations violations) {
        Contract contract = get(command.contractId());
        if (contract.terms().endedOn() != null) {
            throw RuleViolationException.of("contractId", "contract-already-ended",
                    "contract " + contract.number() + " was already ended on " + contract.terms().endedOn());
        }
        violations.require(command.endedOn() != null, "endedOn", "required", "must be given");
        BusinessDates.notBefore(violations, "endedOn", command.endedOn(), contract.terms().firstValidDay(),
                "not-before-start", "the first day the contract is valid");
        LocalDate validTo = contract.terms().validTo();
        violations.require(command.endedOn() == null || validTo == null || !command.endedOn().isAfter(validTo),
                "endedOn", "not-after-valid-to", "must not be after the day the contract runs out (" + validTo + ")");
    }

    /** Every contract of the file, in signing order. */
    public Map<UUID, Contract> all() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(contracts));
    }

    public Contract get(UUID contractId) {
        Contract contract = contracts.get(contractId);
        if (voided.contains(contractId)) {
            throw RuleViolationException.of("contractId", "contract-voided",
                    "contract " + contractId + " was voided as entered in error");
        }
        if (contract == null) {
            throw new UnknownRecordException("This file has no contract with id " + contractId + ".");
        }
        return contract;
    }

    /** The contract, unless it is unknown or voided: what a deadline for it finds. */
    public Optional<Contract> find(UUID contractId) {
        return Optional.ofNullable(contracts.get(contractId));
    }

    /** Whether another contract's last valid day is the day before {@code dayAfter}. */
    public boolean anotherEndsBefore(UUID contractId, LocalDate dayAfter) {
        return contracts.entrySet().stream().anyMatch(e -> !e.getKey().equals(contractId)
                && dayAfter.minusDays(1).equals(e.getValue().terms().lastValidDay()));
    }

    public boolean anotherValidOn(UUID contractId, LocalDate day) {
        return contracts.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(contractId) && e.getValue().terms().validOn(day));
    }

    public void signed(UUID contractId, String number, ContractTerms terms) {
        contracts.put(contractId, new Contract(number, terms));
    }

    public void ended(UUID contractId, LocalDate endedOn) {
        Contract contract = contracts.get(contractId);
        contracts.put(contractId, new Contract(contract.number(), contract.terms().endedOn(endedOn)));
    }

    public void corrected(UUID contractId, String number, LocalDate signedOn, LocalDate validFrom,
                          LocalDate validTo) {
        Contract contract = contracts.get(contractId);
        contracts.put(contractId, new Contract(number,
                new ContractTerms(signedOn, validFrom, validTo, contract.terms().endedOn())));
    }

    public void voided(UUID contractId) {
        contracts.remove(contractId);
        voided.add(contractId);
    }
}
