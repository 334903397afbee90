package org.casework.query.care;

import java.time.LocalDate;
import java.util.UUID;

/** A contract as a client's or a family's card shows it. */
public record ContractCard(UUID id, String number, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
                           LocalDate endedOn, String endReason, boolean validToday) {
}
