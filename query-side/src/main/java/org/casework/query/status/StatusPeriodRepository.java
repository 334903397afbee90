package org.casework.query.status;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.UUID;

interface StatusPeriodRepository extends JpaRepository<StatusPeriodView, Long> {

    @Modifying
    @Query("delete from StatusPeriodView p where p.fileId = :fileId")
    void deleteOfFile(UUID fileId);
}
