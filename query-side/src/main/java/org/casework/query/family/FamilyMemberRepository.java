package org.casework.query.family;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface FamilyMemberRepository extends JpaRepository<FamilyMember, Long> {

    /** Every membership of the family, oldest first. */
    List<FamilyMember> findByFamilyIdOrderBySinceAscIdAsc(UUID familyId);

    Optional<FamilyMember> findFirstByFamilyIdAndClientIdAndLeftOnIsNull(UUID familyId, UUID clientId);
}
