package org.casework.query.client;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.axonframework.queryhandling.QueryHandler;
import org.casework.domain.status.Status;
import org.casework.query.client.ClientQueries.FindClientCard;
import org.casework.query.client.ClientQueries.FindClients;
import org.casework.query.client.ClientQueries.FindPlanVersions;
import org.casework.query.status.Colour;
import org.casework.query.status.Colouring;
import org.casework.query.support.PageOf;
import org.casework.query.support.SearchKey;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A card or a page is read from one snapshot of the database, so its file row and its contracts agree. */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class ClientFileQueryHandler {

    private static final Sort NAME_ORDER = Sort.by("searchKey", "id");

    private final ClientFileRepository files;
    private final ClientContractRepository contracts;
    private final PlanVersionRepository plans;

    ClientFileQueryHandler(ClientFileRepository files, ClientContractRepository contracts,
                           PlanVersionRepository plans) {
        this.files = files;
        this.contracts = contracts;
        this.plans = plans;
    }

    @QueryHandler
    PageOf<ClientRow> handle(FindClients query) {
        Specification<ClientFile> filter = (root, q, cb) -> cb.conjunction();
        if (query.worker() != null) {
            filter = filter.and((root, q, cb) -> cb.equal(root.get("responsibleWorker"), query.worker()));
        }
        if (query.status() != null) {
            filter = filter.and((root, q, cb) -> cb.equal(root.get("status"), query.status()));
        }
        if (query.colour() != null) {
            filter = filter.and(colour(query.colour(), query.today()));
        }
        for (String term : SearchKey.terms(query.nameQuery())) {
            String pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            filter = filter.and((root, q, cb) -> cb.like(root.get("searchKey"), pattern, '\\'));
        }
        Page<ClientFile> page = files.findAll(filter, query.paging().sortedBy(NAME_ORDER));
        Map<UUID, List<ClientContract>> contractsOf = contractsOf(page.map(ClientFile::getId).getContent());
        return PageOf.of(page, file -> file.toRow(contractsOf.getOrDefault(file.getId(), List.of()), query.today()));
    }

    @QueryHandler
    Optional<ClientCard> handle(FindClientCard query) {
        return files.findById(query.clientId()).map(file -> file.toCard(
                contractsOf(List.of(file.getId())).getOrDefault(file.getId(), List.of()),
                plans.findFirstByClientIdOrderByVersionDesc(file.getId()).map(PlanVersion::toPlan).orElse(null),
                query.today()));
    }

    @QueryHandler
    Boolean handle(ClientQueries.ClientExists query) {
        return files.existsById(query.clientId());
    }

    @QueryHandler
    List<ClientCard.Plan> handle(FindPlanVersions query) {
        return plans.findByClientIdOrderByVersionDesc(query.clientId()).stream().map(PlanVersion::toPlan).toList();
    }

    private Map<UUID, List<ClientContract>> contractsOf(List<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return contracts.findByClientIdInOrderByFirstValidDay(clientIds).stream()
                .collect(Collectors.groupingBy(ClientContract::clientId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The colour table turned into a condition: one alternative per status and contract validity. */
    private static Specification<ClientFile> colour(Colour colour, LocalDate today) {
        record StatusAndContract(Status status, boolean valid) {
        }
        Map<StatusAndContract, Set<Colouring.PlanState>> cases = new LinkedHashMap<>();
        for (Colouring.Case c : Colouring.casesOf(colour)) {
            cases.computeIfAbsent(new StatusAndContract(c.status(), c.contractValid()),
                    k -> EnumSet.noneOf(Colouring.PlanState.class)).add(c.plan());
        }
        return (root, q, cb) -> {
            List<Predicate> alternatives = new ArrayList<>();
            cases.forEach((key, planStates) -> {
                Status status = key.status();
                boolean valid = key.valid();
                List<Predicate> all = new ArrayList<>();
                all.add(status == null ? cb.isNull(root.get("status")) : cb.equal(root.get("status"), status));
                Predicate contract = validContract(root, q, cb, today);
                all.add(valid ? contract : cb.not(contract));
                if (planStates.size() < Colouring.PlanState.values().length) {
                    all.add(cb.or(planStates.stream().map(p -> plan(root, cb, p, today)).toArray(Predicate[]::new)));
                }
                alternatives.add(cb.and(all.toArray(Predicate[]::new)));
            });
            return cb.or(alternatives.toArray(Predicate[]::new));
        };
    }

    private static Predicate validContract(Root<ClientFile> root, CriteriaQuery<?> q, CriteriaBuilder cb,
                                           LocalDate today) {
        Subquery<Integer> valid = q.subquery(Integer.class);
        Root<ClientContract> contract = valid.from(ClientContract.class);
        valid.select(cb.literal(1)).where(
                cb.equal(contract.get("clientId"), root.get("id")),
                cb.lessThanOrEqualTo(contract.get("firstValidDay"), today),
                cb.or(cb.isNull(contract.get("lastValidDay")),
                        cb.greaterThanOrEqualTo(contract.get("lastValidDay"), today)));
        return cb.exists(valid);
    }

    private static Predicate plan(Root<ClientFile> root, CriteriaBuilder cb, Colouring.PlanState state,
                                  LocalDate today) {
        return switch (state) {
            case NONE -> cb.isNull(root.get("planReviewDue"));
            case IN_ORDER -> cb.greaterThanOrEqualTo(root.get("planReviewDue"), today);
            case OVERDUE -> cb.lessThan(root.get("planReviewDue"), today);
        };
    }
}
