package org.casework.command.client;

import org.casework.command.contract.ContractEnding;
import org.casework.command.contract.ContractSigning;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** A merged file's contract, signed anew in the surviving file under an id of its own, and ended if it was. */
record TakenOverContract(UUID contractId, String number, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
                         LocalDate endedOn, String reason) implements ContractSigning, ContractEnding {

    /** The same contract of the same merged file gets the same id in every replay and on every node. */
    static UUID idIn(UUID survivorId, UUID contractId) {
        return UUID.nameUUIDFromBytes((survivorId + "/" + contractId).getBytes(StandardCharsets.UTF_8));
    }
}
