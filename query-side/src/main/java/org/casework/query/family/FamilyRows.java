package org.casework.query.family;

import org.casework.query.care.CareFiles;
import org.casework.query.care.ContractView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Overview rows of given families, with their colour for the day: for other read models that list families. */
@Component
public class FamilyRows {

    private final FamilyFileRepository files;
    private final CareFiles care;

    FamilyRows(FamilyFileRepository files, CareFiles care) {
        this.files = files;
        this.care = care;
    }

    /** The rows of those of {@code familyIds} that have a file, in no particular order. */
    public List<FamilyRow> of(Collection<UUID> familyIds, LocalDate today) {
        if (familyIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ContractView>> contractsOf = care.contractsOf(familyIds);
        return files.findAllById(familyIds).stream()
                .map(file -> file.toRow(contractsOf.getOrDefault(file.getId(), List.of()), today))
                .toList();
    }
}
