package org.casework.query.family;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.UUID;

public interface FamilyFileRepository extends JpaRepository<FamilyFile, UUID>, JpaSpecificationExecutor<FamilyFile> {
}
