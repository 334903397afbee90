package org.casework.query.client;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    List<PlanVersion> findByClientIdOrderByVersionDesc(UUID clientId);

    Optional<PlanVersion> findFirstByClientIdOrderByVersionDesc(UUID clientId);
}
