package org.casework.query.family;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.casework.domain.client.Address;
import org.casework.query.care.CareFiles;
import org.casework.query.care.CareState;
import org.casework.query.care.ContractView;
import org.casework.query.care.PlanCard;
import org.casework.query.status.Colouring;
import org.casework.query.support.InsertedEntity;
import org.casework.query.support.SearchKey;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The family file as caseworkers read it: one row per family. */
@Entity
@Table(name = "family_file")
public class FamilyFile extends InsertedEntity<UUID> {

    @Id
    private UUID id;
    private String name;
    @JdbcTypeCode(SqlTypes.JSON)
    private Address address;
    private String responsibleWorker;
    private LocalDate createdOn;
    private int memberCount;
    private String searchKey;
    @Embedded
    private CareState care = new CareState();

    protected FamilyFile() {
    }

    void handedTo(String worker) {
        responsibleWorker = worker;
    }

    FamilyFile(UUID id, String name, Address address, String responsibleWorker, LocalDate createdOn) {
        this.id = id;
        this.name = name;
        this.address = address;
        this.responsibleWorker = responsibleWorker;
        this.createdOn = createdOn;
        this.searchKey = SearchKey.of(name);
    }

    @Override
    public UUID getId() {
        return id;
    }

    CareState care() {
        if (care == null) {
            care = new CareState();
        }
        return care;
    }

    void memberAdded() {
        memberCount++;
    }

    void memberRemoved() {
        memberCount--;
    }

    FamilyRow toRow(List<ContractView> contracts, LocalDate today) {
        Colouring.Result colouring = care().colourOn(today, contracts);
        return new FamilyRow(id, name, care().status(), care().statusSince(), colouring.colour(),
                colouring.explanation(), responsibleWorker, memberCount);
    }

    FamilyCard toCard(List<ContractView> contracts, PlanCard plan, List<FamilyCard.Member> members,
                      List<FamilyCard.FormerMember> formerMembers, LocalDate today) {
        Colouring.Result colouring = care().colouring(contracts, today);
        return new FamilyCard(id, name, address, responsibleWorker, createdOn, memberCount, care().currentStatus(),
                colouring.colour(), colouring.explanation(), CareFiles.cards(contracts, today), plan, members,
                formerMembers);
    }
}
