package org.casework.query.care;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.casework.domain.status.Status;
import org.casework.query.status.Colour;
import org.casework.query.status.Colouring;
import org.casework.query.support.SearchKey;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading the contracts and plans of client and family files, and the colour filter of their overviews. An
 * entity read here keeps its {@link CareState} in a field named {@code care} and its id in {@code id}.
 */
@Component
public class CareFiles {

    private final ContractViewRepository contracts;
    private final PlanVersionRepository plans;
    private final JdbcTemplate sql;

    CareFiles(ContractViewRepository contracts, PlanVersionRepository plans, JdbcTemplate sql) {
        this.contracts = contracts;
        this.plans = plans;
        this.sql = sql;
    }

    /**
     * Colours anew at most {@code batch} of {@code table}'s files whose kept colour does not hold on {@code today}
     * ({@link KeptColours}), locking them; files a projection has locked are skipped, it colours them itself.
     */
    public <F> int recolourDue(String table, LocalDate today, int batch, Function<List<UUID>, List<F>> load,
                               Function<F, UUID> id, Function<F, CareState> care) {
        List<UUID> due = sql.queryForList("select id from " + table
                + " where colour is null or colour_until <= ? order by id limit ? for update skip locked",
                UUID.class, today, batch);
        Map<UUID, List<ContractView>> contracts = contractsOf(due);
        load.apply(due).forEach(file -> care.apply(file).recolour(contracts.getOrDefault(id.apply(file), List.of()),
                today));
        return due.size();
    }

    /** Each file's contracts in order of their first valid day. */
    public Map<UUID, List<ContractView>> contractsOf(Collection<UUID> fileIds) {
        if (fileIds.isEmpty()) {
            return Map.of();
        }
        return contracts.findByFileIdInOrderByFirstValidDay(fileIds).stream()
                .collect(Collectors.groupingBy(ContractView::fileId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The contracts of those files whose kept colour does not hold on {@code today}: all their rows need. */
    public Map<UUID, List<ContractView>> contractsToColour(Map<UUID, CareState> files, LocalDate today) {
        return contractsOf(files.entrySet().stream().filter(file -> !file.getValue().holdsOn(today))
                .map(Map.Entry::getKey).toList());
    }

    public List<ContractView> contractsOf(UUID fileId) {
        return contractsOf(List.of(fileId)).getOrDefault(fileId, List.of());
    }

    public static List<ContractCard> cards(List<ContractView> contracts, LocalDate today) {
        return contracts.stream().map(c -> c.toCard(today)).toList();
    }

    public Optional<PlanCard> currentPlan(UUID fileId) {
        return plans.findFirstByFileIdOrderByVersionDesc(fileId).map(PlanVersion::toPlan);
    }

    /** The current plan first, then every older version. */
    public List<PlanCard> planVersions(UUID fileId) {
        return plans.findByFileIdOrderByVersionDesc(fileId).stream().map(PlanVersion::toPlan).toList();
    }

    /**
     * The filters of a coloured overview, each optional: a name search, the responsible worker, the status and the
     * colour for {@code today}. The entity keeps {@code searchKey} and {@code responsibleWorker} too.
     */
    public static <T> Specification<T> overview(String nameQuery, String worker, Status status, Colour colour,
                                                LocalDate today) {
        Specification<T> filter = SearchKey.matching(nameQuery);
        if (worker != null) {
            filter = filter.and((root, q, cb) -> cb.equal(root.get("responsibleWorker"), worker));
        }
        if (status != null) {
            filter = filter.and((root, q, cb) -> cb.equal(root.get("care").get("status"), status));
        }
        if (colour != null) {
            filter = filter.and(colour(colour, today));
        }
        return filter;
    }

    /**
     * Files of {@code colour} on {@code today}: by the kept colour where it holds today, else by the colour table
     * turned into a condition (one alternative per status and contract validity), so a file whose kept colour is
     * out of date or not kept yet is filtered as it is shown.
     */
    public static <T> Specification<T> colour(Colour colour, LocalDate today) {
        Specification<T> computed = computedColour(colour, today);
        return (root, q, cb) -> {
            Path<Object> care = root.get("care");
            Predicate holds = cb.and(cb.isNotNull(care.get("colour")),
                    cb.lessThanOrEqualTo(care.get("colouredOn"), today),
                    cb.or(cb.isNull(care.get("colourUntil")), cb.greaterThan(care.get("colourUntil"), today)));
            return cb.or(cb.and(holds, cb.equal(care.get("colour"), colour)),
                    cb.and(cb.not(holds), computed.toPredicate(root, q, cb)));
        };
    }

    private static <T> Specification<T> computedColour(Colour colour, LocalDate today) {
        Map<StatusAndContract, Set<Colouring.PlanState>> cases = casesOf(colour);
        return (root, q, cb) -> {
            Path<Object> care = root.get("care");
            List<Predicate> alternatives = new ArrayList<>();
            cases.forEach((key, planStates) -> {
                Status status = key.status();
                List<Predicate> all = new ArrayList<>();
                all.add(status == null ? cb.isNull(care.get("status")) : cb.equal(care.get("status"), status));
                Predicate contract = validContract(root, q, cb, today);
                all.add(key.valid() ? contract : cb.not(contract));
                if (planStates.size() < Colouring.PlanState.values().length) {
                    all.add(cb.or(planStates.stream().map(p -> plan(care, cb, p, today)).toArray(Predicate[]::new)));
                }
                alternatives.add(cb.and(all.toArray(Predicate[]::new)));
            });
            return cb.or(alternatives.toArray(Predicate[]::new));
        };
    }

    /**
     * The colour table's condition in SQL, for native queries over {@code client_file} or {@code family_file}
     * aliased {@code file}; the day is the parameter {@code :today}.
     */
    public static String colourSql(Colour colour, String file) {
        List<String> alternatives = new ArrayList<>();
        casesOf(colour).forEach((key, planStates) -> {
            List<String> all = new ArrayList<>();
            all.add(key.status() == null ? file + ".status is null" : file + ".status = '" + key.status() + "'");
            all.add((key.valid() ? "" : "not ") + validContractSql(file));
            if (planStates.size() < Colouring.PlanState.values().length) {
                all.add("(" + String.join(" or ", planStates.stream().map(p -> switch (p) {
                    case NONE -> file + ".plan_review_due is null";
                    case IN_ORDER -> file + ".plan_review_due >= :today";
                    case OVERDUE -> file + ".plan_review_due < :today";
                }).toList()) + ")");
            }
            alternatives.add("(" + String.join(" and ", all) + ")");
        });
        return alternatives.isEmpty() ? "false" : "(" + String.join(" or ", alternatives) + ")";
    }

    /**
     * SQL, to be and-ed to a condition on {@code file}: the file is one of its own. A client file merged into another
     * is not: its engagements, contracts and statuses went over to the survivor.
     */
    public static String notMergedSql(FileKind kind, String file) {
        return kind == FileKind.CLIENT ? " and " + file + ".merged_into is null" : "";
    }

    /** SQL: the file's kept colour holds on {@code :today}. */
    public static String keptColourHoldsSql(String file) {
        return "(" + file + ".colour is not null and " + file + ".coloured_on <= :today and (" + file
                + ".colour_until is null or " + file + ".colour_until > :today))";
    }

    /** SQL: the file has a contract valid on {@code :today}. */
    public static String validContractSql(String file) {
        return "exists (select 1 from contract valid where valid.file_id = " + file + ".id"
                + " and " + contractValidOnSql("valid", ":today") + ")";
    }

    /** SQL: the row {@code contract} of table {@code contract} is valid on {@code day} (ContractTerms). */
    public static String contractValidOnSql(String contract, String day) {
        return contract + ".first_valid_day <= " + day
                + " and (" + contract + ".last_valid_day is null or " + contract + ".last_valid_day >= " + day + ")";
    }

    private record StatusAndContract(Status status, boolean valid) {
    }

    private static Map<StatusAndContract, Set<Colouring.PlanState>> casesOf(Colour colour) {
        Map<StatusAndContract, Set<Colouring.PlanState>> cases = new LinkedHashMap<>();
        for (Colouring.Case c : Colouring.casesOf(colour)) {
            cases.computeIfAbsent(new StatusAndContract(c.status(), c.contractValid()),
                    k -> EnumSet.noneOf(Colouring.PlanState.class)).add(c.plan());
        }
        return cases;
    }

    private static Predicate validContract(Root<?> root, CriteriaQuery<?> q, CriteriaBuilder cb, LocalDate today) {
        Subquery<Integer> valid = q.subquery(Integer.class);
        Root<ContractView> contract = valid.from(ContractView.class);
        valid.select(cb.literal(1)).where(
                cb.equal(contract.get("fileId"), root.get("id")),
                cb.lessThanOrEqualTo(contract.get("firstValidDay"), today),
                cb.or(cb.isNull(contract.get("lastValidDay")),
                        cb.greaterThanOrEqualTo(contract.get("lastValidDay"), today)));
        return cb.exists(valid);
    }

    private static Predicate plan(Path<Object> care, CriteriaBuilder cb, Colouring.PlanState state,
                                  LocalDate today) {
        return switch (state) {
            case NONE -> cb.isNull(care.get("planReviewDue"));
            case IN_ORDER -> cb.greaterThanOrEqualTo(care.get("planReviewDue"), today);
            case OVERDUE -> cb.lessThan(care.get("planReviewDue"), today);
        };
    }
}
