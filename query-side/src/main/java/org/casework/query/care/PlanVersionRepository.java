package org.casework.query.care;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    List<PlanVersion> findByFileIdOrderByVersionDesc(UUID fileId);

    List<PlanVersion> findByFileKindAndFileId(FileKind kind, UUID fileId);

    Optional<PlanVersion> findFirstByFileIdOrderByVersionDesc(UUID fileId);
}
