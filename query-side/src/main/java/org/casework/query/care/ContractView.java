package org.casework.query.care;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.casework.domain.Erasure;
import org.casework.domain.contract.ContractTerms;
import org.casework.query.status.ColourFacts;
import org.casework.query.support.InsertedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A client's or a family's contract with its validity worked out by {@link ContractTerms}, so queries compare plain dates. */
@Entity
@Table(name = "contract")
public class ContractView extends InsertedEntity<UUID> {

    @Id
    private UUID contractId;
    private UUID fileId;
    @Enumerated(EnumType.STRING)
    private FileKind fileKind;
    private String number;
    private LocalDate signedOn;
    private LocalDate validFrom;
    private LocalDate validTo;
    private LocalDate endedOn;
    private String endReason;
    private LocalDate firstValidDay;
    private LocalDate lastValidDay;

    protected ContractView() {
    }

    public ContractView(FileKind fileKind, UUID fileId, UUID contractId, String number, LocalDate signedOn,
                        LocalDate validFrom, LocalDate validTo) {
        this.contractId = contractId;
        this.fileId = fileId;
        this.fileKind = fileKind;
        this.number = number;
        this.signedOn = signedOn;
        this.validFrom = validFrom;
        this.validTo = validTo;
        derive();
    }

    public void erase() {
        endReason = Erasure.text(endReason);
    }

    public void ended(LocalDate day, String reason) {
        endedOn = day;
        endReason = reason;
        derive();
    }

    /** Corrected terms; an early end stays. */
    public void corrected(String number, LocalDate signedOn, LocalDate validFrom, LocalDate validTo) {
        this.number = number;
        this.signedOn = signedOn;
        this.validFrom = validFrom;
        this.validTo = validTo;
        derive();
    }

    private void derive() {
        ContractTerms terms = new ContractTerms(signedOn, validFrom, validTo, endedOn);
        firstValidDay = terms.firstValidDay();
        lastValidDay = terms.lastValidDay();
    }

    @Override
    public UUID getId() {
        return contractId;
    }

    public UUID fileId() {
        return fileId;
    }

    ColourFacts.Contract fact() {
        return new ColourFacts.Contract(number, firstValidDay, lastValidDay);
    }

    ContractCard toCard(LocalDate today) {
        return new ContractCard(contractId, number, signedOn, validFrom, validTo, endedOn, endReason,
                fact().validOn(today));
    }
}
