package org.casework.query.client;

import org.casework.query.care.ContractView;
import org.casework.query.care.PlanVersion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

/** Client files kept in memory: one file rebuilt as of a past day, or every file during a rebuild. */
class MemoryClientFileStore implements ClientFileStore {

    private final Map<UUID, ClientFile> files = new LinkedHashMap<>();
    private final Map<UUID, ContractView> contracts = new LinkedHashMap<>();
    private final Map<UUID, List<ContractView>> contractsOfFile = new HashMap<>();
    private final Map<UUID, List<PlanVersion>> plans = new LinkedHashMap<>();

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
        contractsOfFile.computeIfAbsent(contract.fileId(), id -> new ArrayList<>()).add(contract);
    }

    @Override
    public ContractView contract(UUID contractId) {
        ContractView contract = contracts.get(contractId);
        if (contract == null) {
            throw new NoSuchElementException("no contract " + contractId);
        }
        return contract;
    }

    @Override
    public void remove(ContractView contract) {
        contracts.remove(contract.getId());
        contractsOfFile.getOrDefault(contract.fileId(), new ArrayList<>()).remove(contract);
    }

    /** Asked for on every status, contract and plan event (to colour the file): by file, not by a scan. */
    @Override
    public List<ContractView> contractsOf(UUID clientId) {
        return List.copyOf(contractsOfFile.getOrDefault(clientId, List.of()));
    }

    @Override
    public void add(PlanVersion plan) {
        plans.computeIfAbsent(plan.fileId(), id -> new ArrayList<>()).add(plan);
    }

    @Override
    public List<PlanVersion> plansOf(UUID clientId) {
        return List.copyOf(plans.getOrDefault(clientId, List.of()));
    }

    boolean holds(UUID clientId) {
        return files.containsKey(clientId);
    }

    /** Every row, files first: what a rebuild writes into the tables. */
    Stream<Object> rows() {
        return Stream.of(files.values().stream(), contracts.values().stream(),
                plans.values().stream().flatMap(List::stream)).flatMap(rows -> rows);
    }
}
