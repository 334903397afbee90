package org.casework.query.client;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ClientFileRepository extends JpaRepository<ClientFile, UUID>, JpaSpecificationExecutor<ClientFile> {

    List<ClientFile> findByIdIn(Collection<UUID> ids);

    /** The name of a family, from the family-files read model, for the client card. */
    @Query(value = "select name from family_file where id = :familyId", nativeQuery = true)
    Optional<String> familyName(UUID familyId);
}
