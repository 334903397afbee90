package org.casework.query.family;

import org.casework.query.care.CareFiles;
import org.casework.query.care.ContractView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
        List<FamilyFile> found = files.findAllById(familyIds);
        Map<UUID, List<ContractView>> contractsOf = care.contractsToColour(found.stream()
                .collect(Collectors.toMap(FamilyFile::getId, FamilyFile::care)), today);
        return found.stream()
                .map(file -> file.toRow(contractsOf.getOrDefault(file.getId(), List.of()), today))
                .toList();
    }
}
