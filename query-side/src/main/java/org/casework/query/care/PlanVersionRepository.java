package org.casework.query.care;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    List<PlanVersion> findByFileIdOrderByVersionDesc(UUID fileId);

    List<PlanVersion> findByFileKindAndFileId(FileKind kind, UUID fileId);

    Optional<PlanVersion> findFirstByFileIdOrderByVersionDesc(UUID fileId);

    /** A projection's reset: its own kind of file only, since two projections share the table. */
    @Modifying
    @Query("delete from PlanVersion p where p.fileKind = :kind")
    void deleteOfKind(FileKind kind);
}
