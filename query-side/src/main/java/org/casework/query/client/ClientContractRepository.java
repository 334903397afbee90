package org.casework.query.client;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface ClientContractRepository extends JpaRepository<ClientContract, UUID> {

    List<ClientContract> findByClientIdInOrderByFirstValidDay(Collection<UUID> clientIds);
}
