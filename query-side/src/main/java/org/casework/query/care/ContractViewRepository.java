package org.casework.query.care;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface ContractViewRepository extends JpaRepository<ContractView, UUID> {

    List<ContractView> findByFileIdInOrderByFirstValidDay(Collection<UUID> fileIds);

    List<ContractView> findByFileKindAndFileId(FileKind kind, UUID fileId);

    /** A projection's reset: its own kind of file only, since two projections share the table. */
    @Modifying
    @Query("delete from ContractView c where c.fileKind = :kind")
    void deleteOfKind(FileKind kind);
}
