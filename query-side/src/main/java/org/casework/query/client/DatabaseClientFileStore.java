package org.casework.query.client;

import org.casework.query.care.ContractView;
import org.casework.query.care.ContractViewRepository;
import org.casework.query.care.FileKind;
import org.casework.query.care.PlanVersion;
import org.casework.query.care.PlanVersionRepository;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

@Component
class DatabaseClientFileStore implements ClientFileStore {

    private final ClientFileRepository files;
    private final ContractViewRepository contracts;
    private final PlanVersionRepository plans;

    DatabaseClientFileStore(ClientFileRepository files, ContractViewRepository contracts,
                            PlanVersionRepository plans) {
        this.files = files;
        this.contracts = contracts;
        this.plans = plans;
    }

    @Override
    public void add(ClientFile file) {
        files.save(file);
    }

    @Override
    public ClientFile file(UUID clientId) {
        return files.findById(clientId)
                .orElseThrow(() -> new IllegalStateException("no client file for " + clientId));
    }

    @Override
    public void add(ContractView contract) {
        contracts.save(contract);
    }

    @Override
    public ContractView contract(UUID contractId) {
        return contracts.findById(contractId)
                .orElseThrow(() -> new IllegalStateException("no contract " + contractId));
    }

    @Override
    public void remove(ContractView contract) {
        contracts.delete(contract);
        contracts.flush();
    }

    @Override
    public List<ContractView> contractsOf(UUID clientId) {
        return contracts.findByFileKindAndFileId(FileKind.CLIENT, clientId);
    }

    @Override
    public void add(PlanVersion plan) {
        plans.save(plan);
    }

    @Override
    public List<PlanVersion> plansOf(UUID clientId) {
        return plans.findByFileKindAndFileId(FileKind.CLIENT, clientId);
    }
}
