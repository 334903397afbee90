package org.casework.query.client;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.UUID;

public interface ClientFileRepository extends JpaRepository<ClientFile, UUID>, JpaSpecificationExecutor<ClientFile> {
}
