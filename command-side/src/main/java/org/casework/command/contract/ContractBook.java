package org.casework.command.contract;

import org.casework.command.rules.BusinessDates;
import org.casework.command.rules.RuleViolationException;
import org.casework.command.rules.Text;
import org.casework.command.rules.UnknownRecordException;
import org.casework.command.rules.Violations;
import org.casework.domain.contract.ContractTerms;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The contracts of one file and the rules for signing and ending them (R7: a contract cannot end before it starts). */
public final class ContractBook {

    /** A deadline that falls due on the first valid day of a contract signed ahead. */
    public static final String STARTS = "contract-starts";
    /** A deadline that falls due on the day after a contract's last valid day. */
    public static final String EXPIRES = "contract-expires";

    private final Map<UUID, Contract> contracts = new LinkedHashMap<>();

    public record Contract(String number, ContractTerms terms) {
    }

    /** The payload of both contract deadlines. */
    public record ContractDue(UUID contractId) {
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
        violations.require(!contracts.containsKey(command.contractId()), "contractId", "unique",
                "a contract with this id exists");
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
        if (contract == null) {
            throw new UnknownRecordException("This file has no contract with id " + contractId + ".");
        }
        return contract;
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
}
