package org.casework.domain.contract;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A contract was ended early; {@code endedOn} is its last valid day. */
public record ContractEnded(UUID clientId, UUID contractId, LocalDate endedOn, String reason) implements ClientEvent {
}
