package org.casework.query.client;

import org.casework.query.care.ContractView;
import org.casework.query.care.PlanVersion;

import java.util.List;
import java.util.UUID;

/**
 * Where {@link ClientFileProjection} keeps client files with their contracts and plan versions: the database for
 * the read model, memory for a file rebuilt as of a past day.
 */
interface ClientFileStore {

    void add(ClientFile file);

    ClientFile file(UUID clientId);

    void add(ContractView contract);

    ContractView contract(UUID contractId);

    /** A voided contract is gone from the read model; its events stay for the auditor. */
    void remove(ContractView contract);

    List<ContractView> contractsOf(UUID clientId);

    void add(PlanVersion plan);

    List<PlanVersion> plansOf(UUID clientId);
}
