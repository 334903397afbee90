package org.casework.query.engagement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface EngagementViewRepository extends JpaRepository<EngagementView, UUID> {

    List<EngagementView> findByClientId(UUID clientId);

    /** Open engagements first, then the newest. */
    @Query(value = """
            select e from EngagementView e where e.clientId = :clientId
            order by case when e.closedOn is null then 0 else 1 end, e.openedOn desc, e.id""",
            countQuery = "select count(e) from EngagementView e where e.clientId = :clientId")
    Page<EngagementView> findOfClient(UUID clientId, Pageable pageable);
}
