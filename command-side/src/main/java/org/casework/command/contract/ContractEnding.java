package org.casework.command.contract;

import java.time.LocalDate;
import java.util.UUID;

/** What ending a contract early says, for a client's file or a family's alike. */
public interface ContractEnding {

    UUID contractId();

    LocalDate endedOn();

    String reason();
}
