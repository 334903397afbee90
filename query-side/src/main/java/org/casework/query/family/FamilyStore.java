package org.casework.query.family;

import org.casework.query.care.ContractView;
import org.casework.query.care.ContractViewRepository;
import org.casework.query.care.FileKind;
import org.casework.query.care.PlanVersion;
import org.casework.query.care.PlanVersionRepository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/** Where {@link FamilyFileProjection} keeps family files: the database live, memory during a rebuild. */
interface FamilyStore {

    void add(FamilyFile file);

    FamilyFile file(UUID familyId);

    void add(FamilyMember member);

    /** The client's membership of the family that has not ended. */
    FamilyMember openMembership(UUID familyId, UUID clientId);

    void add(ContractView contract);

    ContractView contract(UUID contractId);

    /** A voided contract is gone from the read model; its events stay for the auditor. */
    void remove(ContractView contract);

    List<ContractView> contractsOf(UUID familyId);

    void add(PlanVersion plan);

    @Component
    class Database implements FamilyStore {

        private final FamilyFileRepository files;
        private final FamilyMemberRepository members;
        private final ContractViewRepository contracts;
        private final PlanVersionRepository plans;

        Database(FamilyFileRepository files, FamilyMemberRepository members, ContractViewRepository contracts,
                 PlanVersionRepository plans) {
            this.files = files;
            this.members = members;
            this.contracts = contracts;
            this.plans = plans;
        }

        @Override
        public void add(FamilyFile file) {
            files.save(file);
        }

        @Override
        public FamilyFile file(UUID familyId) {
            return files.findById(familyId)
                    .orElseThrow(() -> new IllegalStateException("no family file for " + familyId));
        }

        @Override
        public void add(FamilyMember member) {
            members.save(member);
        }

        @Override
        public FamilyMember openMembership(UUID familyId, UUID clientId) {
            return members.findFirstByFamilyIdAndClientIdAndLeftOnIsNull(familyId, clientId)
                    .orElseThrow(() -> new IllegalStateException("no membership of " + clientId));
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
        public List<ContractView> contractsOf(UUID familyId) {
            return contracts.findByFileKindAndFileId(FileKind.FAMILY, familyId);
        }

        @Override
        public void add(PlanVersion plan) {
            plans.save(plan);
        }
    }

    class Memory implements FamilyStore {

        private final Map<UUID, FamilyFile> files = new LinkedHashMap<>();
        private final Map<UUID, List<FamilyMember>> membersOfFamily = new LinkedHashMap<>();
        private final Map<UUID, ContractView> contracts = new LinkedHashMap<>();
        private final Map<UUID, List<ContractView>> contractsOfFamily = new HashMap<>();
        private final List<PlanVersion> plans = new ArrayList<>();

        @Override
        public void add(FamilyFile file) {
            files.put(file.getId(), file);
        }

        @Override
        public FamilyFile file(UUID familyId) {
            FamilyFile file = files.get(familyId);
            if (file == null) {
                throw new NoSuchElementException("no family file for " + familyId);
            }
            return file;
        }

        @Override
        public void add(FamilyMember member) {
            membersOfFamily.computeIfAbsent(member.familyId(), id -> new ArrayList<>()).add(member);
        }

        @Override
        public FamilyMember openMembership(UUID familyId, UUID clientId) {
            return membersOfFamily.getOrDefault(familyId, List.of()).stream()
                    .filter(member -> member.clientId().equals(clientId) && member.leftOn() == null)
                    .findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no membership of " + clientId));
        }

        @Override
        public void add(ContractView contract) {
            contracts.put(contract.getId(), contract);
            contractsOfFamily.computeIfAbsent(contract.fileId(), id -> new ArrayList<>()).add(contract);
        }

        @Override
        public ContractView contract(UUID contractId) {
            return Objects.requireNonNull(contracts.get(contractId), () -> "no contract " + contractId);
        }

        @Override
        public void remove(ContractView contract) {
            contracts.remove(contract.getId());
            contractsOfFamily.getOrDefault(contract.fileId(), new ArrayList<>()).remove(contract);
        }

        @Override
        public List<ContractView> contractsOf(UUID familyId) {
            return List.copyOf(contractsOfFamily.getOrDefault(familyId, List.of()));
        }

        @Override
        public void add(PlanVersion plan) {
            plans.add(plan);
        }

        Stream<Object> rows() {
            return Stream.of(files.values().stream(), membersOfFamily.values().stream().flatMap(List::stream),
                    contracts.values().stream(), plans.stream()).flatMap(rows -> rows);
        }
    }
}
