package org.casework.query.client;

import org.casework.query.care.CareFiles;
import org.casework.query.care.ContractView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Overview rows of given clients, with their colour for the day: for other read models that list clients. */
@Component
public class ClientRows {

    private final ClientFileRepository files;
    private final CareFiles care;

    ClientRows(ClientFileRepository files, CareFiles care) {
        this.files = files;
        this.care = care;
    }

    /** The rows of those of {@code clientIds} that have a file, in no particular order. */
    public List<ClientRow> of(Collection<UUID> clientIds, LocalDate today) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        List<ClientFile> found = files.findByIdIn(clientIds);
        Map<UUID, List<ContractView>> contractsOf = care.contractsToColour(found.stream()
                .collect(Collectors.toMap(ClientFile::getId, ClientFile::care)), today);
        return found.stream()
                .map(file -> file.toRow(contractsOf.getOrDefault(file.getId(), List.of()), today))
                .toList();
    }
}
