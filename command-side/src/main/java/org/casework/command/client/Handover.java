package org.casework.command.client;

import org.casework.command.contract.ContractBook;
import org.casework.domain.status.StatusEntry;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a merged file hands over to the file it goes into: its engagements, status entries and contracts. */
public record Handover(List<UUID> engagementIds, List<StatusEntry> statusEntries,
                       Map<UUID, ContractBook.Contract> contracts) {
}
