package org.casework.query.client;

import org.casework.query.care.ContractView;
import org.casework.query.care.PlanVersion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/** One client file rebuilt in memory (as-of reads); never written to the database. */
class MemoryClientFileStore implements ClientFileStore {

    private final Map<UUID, ClientFile> files = new LinkedHashMap<>();
    private final Map<UUID, ContractView> contracts = new LinkedHashMap<>();
    private final List<PlanVersion> plans = new ArrayList<>();

    @Override
    public void add(ClientFile file) {
        files.put(file.getId(), file);
    }

    @Override
    public ClientFile file(UUID clientId) {
        ClientFile file = files.get(clientId);
        if (file == null) {
            throw new NoSuchElementException("no client file for " + clientId);
        }
        return file;
    }

    @Override
    public void add(ContractView contract) {
        contracts.put(contract.getId(), contract);
    }

    @Override
    public ContractView contract(UUID contractId) {
        return contracts.get(contractId);
    }

    @Override
    public List<ContractView> contractsOf(UUID clientId) {
        return List.copyOf(contracts.values());
    }

    @Override
    public void add(PlanVersion plan) {
        plans.add(plan);
    }

    @Override
    public List<PlanVersion> plansOf(UUID clientId) {
        return List.copyOf(plans);
    }

    @Override
    public void clear() {
        files.clear();
        contracts.clear();
        plans.clear();
    }

    boolean holds(UUID clientId) {
        return files.containsKey(clientId);
    }
}
