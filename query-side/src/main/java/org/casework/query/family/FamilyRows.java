package org.casework.query.family;

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

/** Overview rows of given families, with their colour for the day: for other read models that list families. */
@Component
public class FamilyRows {

    private final FamilyFileRepository files;
    private final CareFiles care;
    private final NamedParameterJdbcTemplate sql;

    FamilyRows(FamilyFileRepository files, CareFiles care, NamedParameterJdbcTemplate sql) {
        this.files = files;
        this.care = care;
        this.sql = sql;
    }

    /** The names of those of {@code familyIds} that have a file, read without the rest of the file. */
    public Map<UUID, String> namesOf(Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        sql.query("select id, name from family_file where id in (:ids)", Map.of("ids", familyIds),
                row -> {
                    names.put(row.getObject("id", UUID.class), row.getString("name"));
                });
        return names;
    }

    /** The rows of those of {@code familyIds} that have a file, in no particular order. */
    public List<FamilyRow> of(Collection<UUID> familyIds, LocalDate today) {
        if (familyIds.isEmpty()) {
            return List.of();
        }
        List<FamilyFile> found = files.findAllById(familyIds);
        Map<UUID, List<ContractView>> contractsOf = care.contractsToColour(found.stream()
                .collect(Collectors.toMap(FamilyFile::getId, FamilyFile::care)), today);
        return found.stream()
                .map(file -> file.toRow(contractsOf.getOrDefault(file.getId(), List.of()), today))
                .toList();
    }
}
