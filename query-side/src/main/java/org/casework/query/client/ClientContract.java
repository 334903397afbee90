package org.casework.query.client;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.casework.domain.contract.ContractSigned;
import org.casework.domain.contract.ContractTerms;
import org.casework.query.status.ColourFacts;
import org.casework.query.support.InsertedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A client's contract with its validity worked out by {@link ContractTerms}, so queries compare plain dates. */
@Entity
@Table(name = "client_contract")
public class ClientContract extends InsertedEntity<UUID> {

    @Id
    private UUID contractId;
    private UUID clientId;
    private String number;
    private LocalDate signedOn;
    private LocalDate validFrom;
    private LocalDate validTo;
    private LocalDate endedOn;
    private String endReason;
    private LocalDate firstValidDay;
    private LocalDate lastValidDay;

    protected ClientContract() {
    }

    ClientContract(ContractSigned event) {
        contractId = event.contractId();
        clientId = event.clientId();
        number = event.number();
        signedOn = event.signedOn();
        validFrom = event.validFrom();
        validTo = event.validTo();
        derive();
    }

    void ended(LocalDate day, String reason) {
        endedOn = day;
        endReason = reason;
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

    UUID clientId() {
        return clientId;
    }

    LocalDate firstValidDay() {
        return firstValidDay;
    }

    ColourFacts.Contract fact() {
        return new ColourFacts.Contract(number, firstValidDay, lastValidDay);
    }

    ClientCard.Contract toCard(LocalDate today) {
        return new ClientCard.Contract(contractId, number, signedOn, validFrom, validTo, endedOn, endReason,
                fact().validOn(today));
    }
}
