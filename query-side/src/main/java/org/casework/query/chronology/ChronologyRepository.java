package org.casework.query.chronology;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;
import java.util.UUID;

public interface ChronologyRepository extends JpaRepository<ChronologyEntry, UUID>,
        JpaSpecificationExecutor<ChronologyEntry> {

    List<ChronologyEntry> findByClientId(UUID clientId);
}
