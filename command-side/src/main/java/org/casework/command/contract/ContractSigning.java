package org.casework.command.contract;

import java.time.LocalDate;
import java.util.UUID;

/** What signing a contract says, for a client's file or a family's alike. */
public interface ContractSigning {

    UUID contractId();

    String number();

    LocalDate signedOn();

    LocalDate validFrom();

    LocalDate validTo();
}
