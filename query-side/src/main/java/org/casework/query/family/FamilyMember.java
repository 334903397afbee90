package org.casework.query.family;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.casework.domain.family.Relation;

import java.time.LocalDate;
import java.util.UUID;

/** One membership of a client in a family; {@code leftOn} stays empty while the client is a member. */
@Entity
@Table(name = "family_member")
public class FamilyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_member_id_seq")
    @SequenceGenerator(name = "family_member_id_seq", sequenceName = "family_member_id_seq", allocationSize = 50)
    private Long id;
    private UUID familyId;
    private UUID clientId;
    @Enumerated(EnumType.STRING)
    private Relation relation;
    private LocalDate since;
    private LocalDate leftOn;

    protected FamilyMember() {
    }

    FamilyMember(UUID familyId, UUID clientId, Relation relation, LocalDate since) {
        this.familyId = familyId;
        this.clientId = clientId;
        this.relation = relation;
        this.since = since;
    }

    void left(LocalDate day) {
        leftOn = day;
    }

    UUID familyId() {
        return familyId;
    }

    UUID clientId() {
        return clientId;
    }

    Relation relation() {
        return relation;
    }

    LocalDate since() {
        return since;
    }

    LocalDate leftOn() {
        return leftOn;
    }
}
