package org.casework.query.indicator;

import org.casework.domain.engagement.ProblemType;
import org.casework.query.indicator.CareIndicators.Band;
import org.casework.query.indicator.CareIndicators.Income;
import org.casework.query.indicator.CareIndicators.ProblemTypeCount;
import org.casework.query.indicator.CareIndicators.Share;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The oracle: the care indicators as they were counted before issue 19 (the in-care set selected by each of three
 * statements), kept as they were so that tests can compare today's answers with them.
 */
public class TodaysCareIndicators {

    private final NamedParameterJdbcTemplate sql;
    /** Closures and follow-ups were not changed: they are the handler's own. */
    private final IndicatorQueryHandler unchanged;

    public TodaysCareIndicators(NamedParameterJdbcTemplate sql, ApplicationContext context) {
        this.sql = sql;
        this.unchanged = context.getBean(IndicatorQueryHandler.class);
    }

    /** Engagements in care: opened on or before {@code to}, not closed before {@code from}. */
    private static String inCare(String worker) {
        return """
                with in_care as (
                    select e.id, e.client_id, e.opened_on, e.problem_types,
                           exists (select 1 from contract c where c.file_id = e.client_id and c.file_kind = 'CLIENT'
                                   and c.first_valid_day <= :to
                                   and (c.last_valid_day is null or c.last_valid_day >= :from)) as with_agreement
                    from engagement_view e
                    where e.opened_on <= :to and (e.closed_on is null or e.closed_on >= :from) %s)
                """.formatted(worker);
    }

    public CareIndicators answer(FindCareIndicators query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("from", query.from())
                .addValue("to", query.to()).addValue("worker", query.worker());
        String worker = query.worker() == null ? "" : " and e.responsible_worker = :worker";
        String inCare = inCare(worker);

        // a client is new when the first of all their engagements (of any worker) opened in the period: one of
        // their engagements in care opened on or after "from", and none of theirs opened before it
        Map<String, Object> totals = sql.queryForMap(inCare + """
                select count(*) as engagements, count(distinct client_id) as clients,
                       count(distinct client_id) filter (where opened_on >= :from and not exists (
                           select 1 from engagement_view earlier
                           where earlier.client_id = in_care.client_id and earlier.opened_on < :from)) as new_clients,
                       count(*) filter (where with_agreement) as with_agreement,
                       count(distinct client_id) filter (where with_agreement) as clients_with_agreement,
                       count(*) filter (where problem_types is null or jsonb_array_length(problem_types) = 0)
                           as without_problem_type
                from in_care""", parameters);
        long engagements = number(totals.get("engagements"));
        long clients = number(totals.get("clients"));

        long newClients = number(totals.get("new_clients"));

        Map<ProblemType, ProblemTypeCount> byType = new EnumMap<>(ProblemType.class);
        sql.query(inCare + """
                select t.type, count(*) as engagements, count(distinct i.client_id) as clients,
                       count(*) filter (where i.with_agreement) as with_agreement,
                       count(distinct i.client_id) filter (where i.with_agreement) as clients_with_agreement
                from in_care i cross join lateral jsonb_array_elements_text(i.problem_types) as t(type)
                group by t.type""", parameters, row -> {
            ProblemType type = ProblemType.valueOf(row.getString("type"));
            long n = row.getLong("engagements");
            byType.put(type, new ProblemTypeCount(type, n, Percent.of(n, engagements), row.getLong("clients"),
                    row.getLong("clients_with_agreement"), row.getLong("with_agreement")));
        });
        List<ProblemTypeCount> problemTypes = Arrays.stream(ProblemType.values())
                .map(t -> byType.getOrDefault(t, new ProblemTypeCount(t, 0, Percent.of(0, engagements), 0, 0, 0)))
                .toList();

        Map<String, Long> consultations = new HashMap<>();
        sql.query("""
                select ch.kind, count(*) as n from chronology_entry ch
                join engagement_view e on e.id = ch.engagement_id
                where ch.kind in ('MEETING', 'MEASURE') and ch.date between :from and :to %s
                group by ch.kind""".formatted(worker), parameters,
                row -> {
                    consultations.put(row.getString("kind"), row.getLong("n"));
                });

        return new CareIndicators(query.from(), query.to(), query.worker(), engagements, clients,
                new Share(newClients, Percent.of(newClients, clients)), number(totals.get("with_agreement")),
                number(totals.get("clients_with_agreement")), problemTypes, number(totals.get("without_problem_type")),
                consultations.getOrDefault("MEETING", 0L), consultations.getOrDefault("MEASURE", 0L),
                unchanged.closures(parameters, worker), unchanged.followUp(parameters, worker),
                income(parameters, inCare, clients, query.incomeBands()));
    }

    private Income income(MapSqlParameterSource parameters, String inCare, long clients, List<Long> bounds) {
        StringBuilder bands = new StringBuilder();
        for (int i = 0; i < bounds.size(); i++) {
            parameters.addValue("band" + i, bounds.get(i));
            bands.append(", count(*) filter (where per_capita_income >= :band").append(i);
            if (i + 1 < bounds.size()) {
                bands.append(" and per_capita_income < :band").append(i + 1);
            }
            bands.append(") as band").append(i);
        }
        // the latest assessment on or before "to": the latest day, and on one day the one recorded last
        Map<String, Object> row = sql.queryForMap(inCare + """
                , latest as (
                    select distinct on (a.client_id) a.client_id, a.per_capita_income
                    from household_assessment a
                    where a.assessed_on <= :to and a.client_id in (select client_id from in_care)
                    order by a.client_id, a.assessed_on desc, a.recorded_at desc, a.id desc)
                select count(*) as assessed, round(avg(per_capita_income), 2) as average %s
                from latest""".formatted(bands), parameters);
        long assessed = number(row.get("assessed"));
        List<Band> result = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            long n = number(row.get("band" + i));
            result.add(new Band(bounds.get(i), i + 1 < bounds.size() ? bounds.get(i + 1) : null, n,
                    Percent.of(n, clients), Percent.of(n, assessed)));
        }
        long without = clients - assessed;
        return new Income(clients, assessed, new Share(without, Percent.of(without, clients)),
                (BigDecimal) row.get("average"), result);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
