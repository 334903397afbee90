package org.casework.query.care;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface ContractViewRepository extends JpaRepository<ContractView, UUID> {

    List<ContractView> findByFileIdInOrderByFirstValidDay(Collection<UUID> fileIds);

    List<ContractView> findByFileKindAndFileId(FileKind kind, UUID fileId);
}
