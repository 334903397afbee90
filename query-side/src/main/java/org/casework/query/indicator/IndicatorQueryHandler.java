package org.casework.query.indicator;

import org.axonframework.queryhandling.QueryHandler;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ProblemType;
import org.casework.query.indicator.CareIndicators.Band;
import org.casework.query.indicator.CareIndicators.Closures;
import org.casework.query.indicator.CareIndicators.FollowUp;
import org.casework.query.indicator.CareIndicators.Income;
import org.casework.query.indicator.CareIndicators.ProblemTypeCount;
import org.casework.query.indicator.CareIndicators.ReasonCount;
import org.casework.query.indicator.CareIndicators.Share;
import org.casework.query.indicator.CareIndicators.WorkerClosures;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Seed 002's indicators, each counted by PostgreSQL over the read models (engagements, chronology, household
 * assessments, contracts) in one snapshot, so the figures agree with each other. Java only divides.
 */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class IndicatorQueryHandler {

    private final NamedParameterJdbcTemplate sql;

    IndicatorQueryHandler(NamedParameterJdbcTemplate sql) {
        this.sql = sql;
    }

    @QueryHandler
    CareIndicators handle(FindCareIndicators query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("from", query.from())
                .addValue("to", query.to()).addValue("worker", query.worker());
        String worker = query.worker() == null ? "" : " and e.responsible_worker = :worker";
        InCare inCare = inCare(parameters, worker, query.incomeBands());
        long engagements = inCare.engagements();
        long clients = inCare.clients();
        List<ProblemTypeCount> problemTypes = Arrays.stream(ProblemType.values()).map(t -> {
            long[] n = inCare.byType().getOrDefault(t, new long[4]);
            return new ProblemTypeCount(t, n[0], Percent.of(n[0], engagements), n[1], n[3], n[2]);
        }).toList();

        // every consultation belongs to an engagement engagement_view keeps (both read models are kept by one
        // processor, a client's events in order, and neither deletes a row): only a worker's needs the join
        String ofEngagement = query.worker() == null ? "" : "join engagement_view e on e.id = ch.engagement_id";
        Map<String, Long> consultations = new HashMap<>();
        sql.query("""
                select ch.kind, count(*) as n from chronology_entry ch %s
                where ch.kind in ('MEETING', 'MEASURE') and ch.date between :from and :to %s
                group by ch.kind""".formatted(ofEngagement, worker), parameters,
                row -> {
                    consultations.put(row.getString("kind"), row.getLong("n"));
                });

        return new CareIndicators(query.from(), query.to(), query.worker(), engagements, clients,
                new Share(inCare.newClients(), Percent.of(inCare.newClients(), clients)), inCare.withAgreement(),
                inCare.clientsWithAgreement(), problemTypes, inCare.withoutProblemType(),
                consultations.getOrDefault("MEETING", 0L), consultations.getOrDefault("MEASURE", 0L),
                closures(parameters, worker), followUp(parameters, worker),
                income(inCare, clients, query.incomeBands()));
    }

    /**
     * What is counted over the engagements in care, and per problem type: engagements, clients, engagements with
     * agreement, clients with agreement.
     */
    private record InCare(long engagements, long clients, long newClients, long withAgreement,
                          long clientsWithAgreement, long withoutProblemType, Map<ProblemType, long[]> byType, long assessed,
                          BigDecimal averageIncome, long[] bands) {
    }

    /**
     * Engagements in care: opened on or before {@code to}, not closed before {@code from}. Selected once and counted
     * by every figure over them in one statement: the totals, each problem type, and the income of their clients.
     */
    private InCare inCare(MapSqlParameterSource parameters, String worker, List<Long> bounds) {
        StringBuilder bands = new StringBuilder();
        for (int i = 0; i < bounds.size(); i++) {
            parameters.addValue("band" + i, bounds.get(i));
            bands.append(i == 0 ? "" : ", ").append("count(*) filter (where per_capita_income >= :band").append(i);
            if (i + 1 < bounds.size()) {
                bands.append(" and per_capita_income < :band").append(i + 1);
            }
            bands.append(")");
        }
        // a client is new when the first of all their engagements (of any worker) opened in the period: one of
        // their engagements in care opened on or after "from", and none of theirs opened before it. The income is
        // the latest assessment on or before "to": the latest day, and on one day the one recorded last. A client
        // counts once per problem type: each client's types are a set of bits, and few clients share each set.
        Map<String, Object> totals = new HashMap<>();
        Map<ProblemType, long[]> byType = new EnumMap<>(ProblemType.class);
        // the engagements in care and their clients are hashed in memory; 4 MB (the default) spills to disk
        sql.getJdbcOperations().execute("set local work_mem = '16MB'");
        String types = Arrays.stream(ProblemType.values()).map(t -> "'" + t.name() + "'")
                .collect(Collectors.joining(", ", "array[", "]"));
        sql.query("""
                with in_care as materialized (
                    select e.client_id, e.opened_on >= :from as opened_in_period,
                           coalesce(e.problem_types, '[]') as problem_types,
                           e.client_id in (select c.file_id from contract c where c.file_kind = 'CLIENT'
                                           and c.first_valid_day <= :to
                                           and (c.last_valid_day is null or c.last_valid_day >= :from))
                               as with_agreement
                    from engagement_view e
                    where e.opened_on <= :to and (e.closed_on is null or e.closed_on >= :from) %1$s),
                type_sets as materialized (
                    select problem_types, count(*) as engagements,
                           count(*) filter (where with_agreement) as with_agreement,
                           (select coalesce(bit_or(1::bigint << (array_position(%2$s, t) - 1)), 0)
                            from jsonb_array_elements_text(problem_types) t) as types
                    from in_care group by problem_types),
                clients as materialized (
                    select i.client_id, bool_or(i.opened_in_period) as opened_in_period, bit_or(s.types) as types,
                           bool_or(i.with_agreement) as with_agreement
                    from in_care i join type_sets s using (problem_types) group by i.client_id),
                client_types as materialized (
                    select types, count(*) as clients, count(*) filter (where with_agreement) as with_agreement
                    from clients group by types),
                latest as (
                    select distinct on (a.client_id) a.client_id, a.per_capita_income
                    from household_assessment a
                    where a.assessed_on <= :to
                    order by a.client_id, a.assessed_on desc, a.recorded_at desc, a.id desc),
                income as (
                    select count(*) as assessed, round(avg(per_capita_income), 2) as average,
                           array[%3$s]::bigint[] as bands
                    from latest join clients using (client_id))
                select null as type, (select sum(engagements) from type_sets) as engagements,
                       (select count(*) from clients) as clients,
                       (select count(*) from clients c where c.opened_in_period and not exists (
                           select 1 from engagement_view earlier
                           where earlier.client_id = c.client_id and earlier.opened_on < :from)) as new_clients,
                       (select sum(with_agreement) from type_sets) as with_agreement,
                       (select count(*) from clients where with_agreement) as clients_with_agreement,
                       (select sum(engagements) from type_sets where jsonb_array_length(problem_types) = 0)
                           as without_problem_type,
                       (select assessed from income), (select average from income), (select bands from income)
                union all
                select t.type, sum(s.engagements),
                       (select coalesce(sum(c.clients), 0) from client_types c
                        where c.types & (1::bigint << (array_position(%2$s, t.type) - 1)) <> 0),
                       null, sum(s.with_agreement),
                       (select coalesce(sum(c.with_agreement), 0) from client_types c
                        where c.types & (1::bigint << (array_position(%2$s, t.type) - 1)) <> 0),
                       null, null, null, null
                from type_sets s cross join lateral jsonb_array_elements_text(s.problem_types) as t(type)
                group by t.type""".formatted(worker, types, bands), parameters, row -> {
            String type = row.getString("type");
            if (type != null) {
                byType.put(ProblemType.valueOf(type), new long[]{row.getLong("engagements"), row.getLong("clients"),
                        row.getLong("with_agreement"), row.getLong("clients_with_agreement")});
                return;
            }
            for (String figure : List.of("engagements", "clients", "new_clients", "with_agreement",
                    "clients_with_agreement", "without_problem_type", "assessed", "average")) {
                totals.put(figure, row.getObject(figure));
            }
            Long[] counted = (Long[]) row.getArray("bands").getArray();
            totals.put("bands", Arrays.stream(counted).mapToLong(Long::longValue).toArray());
        });
        return new InCare(number(totals.get("engagements")), number(totals.get("clients")),
                number(totals.get("new_clients")), number(totals.get("with_agreement")),
                number(totals.get("clients_with_agreement")), number(totals.get("without_problem_type")), byType,
                number(totals.get("assessed")),
                (BigDecimal) totals.get("average"), (long[]) totals.get("bands"));
    }

    Closures closures(MapSqlParameterSource parameters, String worker) {
        Map<ClosureReason, Long> byReason = new EnumMap<>(ClosureReason.class);
        Map<String, long[]> byWorker = new TreeMap<>();
        sql.query("""
                select e.responsible_worker, e.closure_reason, count(*) as n,
                       sum(e.closed_on - e.opened_on) as days
                from engagement_view e
                where e.closed_on between :from and :to %s
                group by e.responsible_worker, e.closure_reason""".formatted(worker), parameters, row -> {
            long n = row.getLong("n");
            long days = row.getLong("days");
            String reason = row.getString("closure_reason");
            if (reason != null) {
                byReason.merge(ClosureReason.valueOf(reason), n, Long::sum);
            }
            String by = row.getString("responsible_worker");
            long[] sums = byWorker.computeIfAbsent(by == null ? "" : by, w -> new long[2]);
            sums[0] += n;
            sums[1] += days;
        });
        long count = byWorker.values().stream().mapToLong(s -> s[0]).sum();
        long days = byWorker.values().stream().mapToLong(s -> s[1]).sum();
        List<WorkerClosures> perWorker = byWorker.entrySet().stream()
                .map(e -> new WorkerClosures(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()[0],
                        Percent.average(e.getValue()[1], e.getValue()[0])))
                .toList();
        List<ReasonCount> reasons = Arrays.stream(ClosureReason.values())
                .map(r -> new ReasonCount(r, byReason.getOrDefault(r, 0L),
                        Percent.of(byReason.getOrDefault(r, 0L), count)))
                .toList();
        return new Closures(count, Percent.average(days, count), perWorker, reasons);
    }

    FollowUp followUp(MapSqlParameterSource parameters, String worker) {
        Map<String, Object> row = sql.queryForMap("""
                select count(*) as closures,
                       count(*) filter (where e.follow_up) as follow_up,
                       count(distinct e.client_id) filter (where e.follow_up) as clients
                from engagement_view e
                where e.closed_on between :from and :to""" + worker, parameters);
        long closures = number(row.get("closures"));
        long followUp = number(row.get("follow_up"));
        return new FollowUp(followUp, number(row.get("clients")), Percent.of(followUp, closures));
    }

    private Income income(InCare inCare, long clients, List<Long> bounds) {
        long assessed = inCare.assessed();
        List<Band> result = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            long n = inCare.bands()[i];
            result.add(new Band(bounds.get(i), i + 1 < bounds.size() ? bounds.get(i + 1) : null, n,
                    Percent.of(n, clients), Percent.of(n, assessed)));
        }
        long without = clients - assessed;
        return new Income(clients, assessed, new Share(without, Percent.of(without, clients)),
                inCare.averageIncome(), result);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
