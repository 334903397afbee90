package org.casework.query.status;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface StatusEntryRepository extends JpaRepository<StatusEntryView, String> {

    List<StatusEntryView> findByFileIdOrderBySeq(UUID fileId);
}
