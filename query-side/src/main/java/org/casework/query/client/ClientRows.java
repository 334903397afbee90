package org.casework.query.client;

import org.casework.query.care.CareFiles;
import org.casework.query.care.ContractView;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Overview rows of given clients, with their colour for the day: for other read models that list clients. */
@Component
public class ClientRows {

    private final ClientFileRepository files;
    private final CareFiles care;
    private final NamedParameterJdbcTemplate sql;

    ClientRows(ClientFileRepository files, CareFiles care, NamedParameterJdbcTemplate sql) {
        this.files = files;
        this.care = care;
        this.sql = sql;
    }

    /** The full names of those of {@code clientIds} that have a file, read without the rest of the file. */
    public Map<UUID, String> namesOf(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        sql.query("select id, title_before, first_name, last_name, title_after, erased_on from client_file"
                + " where id in (:ids)", Map.of("ids", clientIds), row -> {
                    names.put(row.getObject("id", UUID.class), ClientFile.fullName(row.getString("title_before"),
                            row.getString("first_name"), row.getString("last_name"), row.getString("title_after"),
                            row.getObject("erased_on", LocalDate.class)));
                });
        return names;
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
