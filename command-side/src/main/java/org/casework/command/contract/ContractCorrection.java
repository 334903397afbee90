package org.casework.command.contract;

/** What correcting a contract says: its terms as they should have been entered, and why. */
public interface ContractCorrection extends ContractSigning {

    String reason();
}
