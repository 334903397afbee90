package org.casework.query.status;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface StatusPeriodRepository extends JpaRepository<StatusPeriodView, Long> {

    List<StatusPeriodView> findByFileId(UUID fileId);

    @Modifying
    @Query("delete from StatusPeriodView p where p.fileId = :fileId")
    void deleteOfFile(UUID fileId);
}
