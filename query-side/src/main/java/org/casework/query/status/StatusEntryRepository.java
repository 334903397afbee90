package org.casework.query.status;

import org.casework.query.care.FileKind;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface StatusEntryRepository extends JpaRepository<StatusEntryView, String> {

    List<StatusEntryView> findByFileIdOrderBySeq(UUID fileId);

    List<StatusEntryView> findByFileKindAndFileId(FileKind kind, UUID fileId);
}
