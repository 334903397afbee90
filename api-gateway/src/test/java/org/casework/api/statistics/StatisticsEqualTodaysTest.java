package org.casework.api.statistics;

import org.axonframework.queryhandling.QueryGateway;
import org.casework.api.support.Api;
import org.casework.api.support.Eventually;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.ReadModelsCaughtUp;
import org.casework.api.support.Response;
import org.casework.query.indicator.CareIndicators;
import org.casework.query.indicator.FindCareIndicators;
import org.casework.query.indicator.TodaysCareIndicators;
import org.casework.query.status.StatusQueries.FindStatusStatistics;
import org.casework.query.status.StatusQueries.StatusStatistics;
import org.casework.query.status.TodaysStatusStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status statistics and care indicators, counted from what the read models keep for them since issue 19, equal
 * the figures of the statements they replaced ({@link TodaysStatusStatistics}, {@link TodaysCareIndicators}) over a
 * generated history: backdated and overriding status entries of clients and families, engagements of several
 * workers opened and closed around the periods' bounds, consultations, contracts, assessments of the same day.
 */
class StatisticsEqualTodaysTest extends OwnServiceTest {

    private static final String[] STATUSES = {"CONTACTED", "APPLICANT", "SERVICE_USER", "REJECTED", "TERMINATED"};
    private static final String[] REJECTED = {"DID_NOT_COME", "CLIENT_DECISION", "CAPACITY", "OTHER"};
    private static final String[] TERMINATED = {"CONTRACT_ENDED", "GOAL_ACHIEVED", "EXCLUDED", "DID_NOT_COME"};
    private static final String[] PROBLEMS = {"FINANCIAL", "EMPLOYMENT", "LIVING_CONDITIONS", "MENTAL_HEALTH"};
    private static final String[] CLOSURES = {"SUCCESSFUL", "LACK_OF_COOPERATION", "CONTACT_LOST"};
    private static final String[] KINDS = {"MEETING", "MEETING", "MEASURE", "PHONE"};

    private final Random random = new Random(19);
    private final List<String> workers = new ArrayList<>();
    private LocalDate today;
    private QueryGateway queries;
    private TodaysStatusStatistics todaysStatuses;
    private TodaysCareIndicators todaysIndicators;

    @BeforeAll
    void history() {
        today = LocalDate.now(org.casework.api.support.ServiceWithMovableClock.PRAGUE);
        queries = service.getBean(QueryGateway.class);
        NamedParameterJdbcTemplate sql = service.getBean(NamedParameterJdbcTemplate.class);
        todaysStatuses = new TodaysStatusStatistics(sql);
        todaysIndicators = new TodaysCareIndicators(sql, service);
        Api adam = as("adam");
        for (String name : List.of("sofie", "tomas", "vera")) {
            adam.post("/api/admin/users", Map.of("username", name, "password", name + "-password",
                    "roles", List.of("WORKER"))).expect(201);
            workers.add(name);
        }
        List<UUID> clients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Api worker = worker(i);
            UUID client = worker.post("/api/clients", Map.of("firstName", "Klient", "lastName", "Číslo" + i,
                    "birthDate", "1980-01-01", "registeredOn", today.minusDays(220).toString())).createdId();
            clients.add(client);
            String file = "/api/clients/" + client;
            statuses(worker, file, 1 + random.nextInt(5));
            for (int e = random.nextInt(4); e > 0; e--) {
                engagement(worker, file);
            }
            for (int c = random.nextInt(3); c > 0; c--) {
                LocalDate from = day(200);
                UUID contract = worker.post(file + "/contracts", Map.of("number", "C-" + i + "-" + c,
                        "signedOn", from.toString(), "validFrom", from.toString())).createdId();
                if (random.nextBoolean()) {
                    worker.post(file + "/contracts/" + contract + "/end", Map.of("endedOn",
                            between(from, today).toString(), "reason", "ended")).expect(204);
                }
            }
            LocalDate assessed = day(150);
            for (int a = random.nextInt(4); a > 0; a--) {
                // on the same day, or another: on one day the assessment recorded last counts
                LocalDate on = random.nextBoolean() ? assessed : day(150);
                worker.post(file + "/household-assessments", Map.of("assessedOn", on.toString(),
                        "peopleInDwelling", 1 + random.nextInt(3), "members", List.of(),
                        "clientIncomes", List.of(Map.of("type", "WORK", "kind", "WAGES",
                                "monthlyAmount", random.nextInt(30_000))))).expect(201);
            }
        }
        for (int f = 0; f < 5; f++) {
            Api worker = worker(f);
            UUID family = worker.post("/api/families", Map.of("name", "Rodina " + f,
                    "createdOn", today.minusDays(210).toString())).createdId();
            worker.post("/api/families/" + family + "/members", Map.of("clientId", clients.get(f),
                    "relation", "REFERENCE_PERSON", "since", today.minusDays(200).toString())).expect(204);
            statuses(worker, "/api/families/" + family, 1 + random.nextInt(4));
        }
        settled(adam);
        anEntryRolledBackToItsSavepointIsNotCounted(adam, clients.get(0));
        settled(adam);
    }

    /**
     * The automatic status rules (no contact for N days) fire from the persisted scheduler in their own time, a
     * rejection committed between a question and its oracle would tell them apart: wait until none is due and the
     * read models have applied what they recorded.
     */
    private void settled(Api adam) {
        Clock clock = service.getBean(Clock.class);
        Eventually.asserted(() -> assertThat(jdbc.queryForList("select task_name, task_instance, execution_time,"
                + " picked from scheduled_tasks where execution_time <= ?", Timestamp.from(clock.instant())))
                .isEmpty());
        ReadModelsCaughtUp.await(adam);
    }

    /**
     * An entry whose periods PostgreSQL refuses is rolled back to its event's savepoint after its entry was counted:
     * the counts stay those of the rows kept; retried once the fault is gone, it counts once.
     */
    private void anEntryRolledBackToItsSavepointIsNotCounted(Api adam, UUID client) {
        LocalDate refused = today.minusDays(211); // after the registration, before every generated entry
        jdbc.execute("create or replace function test_fault() returns trigger language plpgsql as $$ begin"
                + " if new.started_on = date '" + refused + "' then raise exception 'test fault'; end if;"
                + " return new; end $$");
        jdbc.execute("create trigger test_fault before insert on status_period"
                + " for each row execute function test_fault()");
        worker(0).post("/api/clients/" + client + "/statuses", Map.of("status", "REJECTED", "reason", "CAPACITY",
                "effectiveDate", refused.toString())).expect(204);
        String deadLetters = "/api/admin/projections/read-models/dead-letters";
        Eventually.json(adam, deadLetters, letters -> letters.get("shown").size() == 1);
        theCountsPerDayAreThoseOfTheRowsTheyCount();
        jdbc.execute("drop trigger test_fault on status_period");
        adam.post(deadLetters + "/" + client + "/retry", "").expect(200);
        ReadModelsCaughtUp.await(adam);
        assertThat(count("select count(*) from status_period where started_on = date '" + refused + "'"))
                .isEqualTo(1);
    }

    @Test
    void theHistoryIsVaried() {
        assertThat(count("select count(*) from status_period where file_kind = 'FAMILY'")).isPositive();
        assertThat(count("select count(*) from status_period where ended_on is not null")).isGreaterThan(20);
        assertThat(count("select count(*) from status_period where previous_started_on is not null")).isPositive();
        assertThat(count("select count(*) from status_period where reason is not null")).isGreaterThan(5);
        assertThat(count("select count(*) from status_entry where source <> 'MANUAL'")).isPositive();
        assertThat(count("select count(*) from engagement_view where closed_on is not null")).isGreaterThan(5);
        assertThat(count("select count(distinct responsible_worker) from engagement_view")).isEqualTo(3);
        assertThat(count("select count(*) from chronology_entry where kind = 'MEASURE'")).isPositive();
        assertThat(count("select count(*) from contract")).isGreaterThan(5);
        assertThat(count("select count(*) from (select client_id, assessed_on from household_assessment"
                + " group by 1, 2 having count(*) > 1) ties")).isPositive();
    }

    @Test
    void theStatusStatisticsEqualTodays() {
        List<LocalDate[]> periods = periods();
        periods.addAll(periodsAround(days("""
                select started_on from status_period union select ended_on from status_period
                union select previous_started_on from status_period union select effective_date from status_entry""")));
        for (LocalDate[] period : periods) {
            FindStatusStatistics query = new FindStatusStatistics(period[0], period[1]);
            assertThat(queries.query(query, StatusStatistics.class).join()).as("%s", (Object) period)
                    .isEqualTo(todaysStatuses.answer(query));
        }
    }

    @Test
    void theCareIndicatorsEqualTodays() {
        List<String> filters = new ArrayList<>(workers);
        filters.add(null);
        filters.add("nobody");
        List<LocalDate[]> periods = periods();
        periods.addAll(periodsAround(days("""
                select opened_on from engagement_view union select closed_on from engagement_view
                union select first_valid_day from contract union select last_valid_day from contract
                union select assessed_on from household_assessment order by 1 limit 40""")));
        for (LocalDate[] period : periods) {
            for (String worker : filters) {
                for (List<Long> bands : List.of(List.of(0L, 5_000L, 12_000L), List.of(0L))) {
                    FindCareIndicators query = new FindCareIndicators(period[0], period[1], worker, bands);
                    assertThat(queries.query(query, CareIndicators.class).join())
                            .as("%s %s %s", period[0], period[1], worker).isEqualTo(todaysIndicators.answer(query));
                }
            }
        }
    }

    @Test
    void theCountsPerDayAreThoseOfTheRowsTheyCount() {
        assertThat(rows("select day, file_kind, status, reason, periods_started, periods_ended from status_day"))
                .containsExactlyInAnyOrderElementsOf(rows("""
                        select day, file_kind, status, reason, sum(started)::int as periods_started,
                               sum(ended)::int as periods_ended
                        from (select started_on as day, file_kind, status, reason, 1 as started, 0 as ended
                              from status_period
                              union all
                              select ended_on, file_kind, status, reason, 0, 1 from status_period
                              where ended_on is not null) changes
                        group by day, file_kind, status, reason"""));
        assertThat(rows("select day, file_kind, source, entries from status_entry_day"))
                .containsExactlyInAnyOrderElementsOf(rows("""
                        select effective_date as day, file_kind, source, count(*)::int as entries from status_entry
                        where in_error_event_id is null group by effective_date, file_kind, source"""));
        assertThat(rows("select id, previous_started_on from status_period")).containsExactlyInAnyOrderElementsOf(
                rows("""
                        select id, lag(started_on) over (partition by file_kind, file_id, status order by started_on)
                               as previous_started_on
                        from status_period"""));
    }

    /** One year, one-day periods, periods before any history, ending today, and random ones. */
    private List<LocalDate[]> periods() {
        List<LocalDate[]> periods = new ArrayList<>();
        periods.add(new LocalDate[]{today.minusYears(1), today});
        periods.add(new LocalDate[]{today.minusDays(30), today});
        periods.add(new LocalDate[]{today, today});
        periods.add(new LocalDate[]{today.minusYears(5), today.minusYears(4)});
        periods.add(new LocalDate[]{today.minusYears(3), today.plusDays(30)});
        Random days = new Random(4);
        for (int i = 0; i < 12; i++) {
            LocalDate day = today.minusDays(days.nextInt(220));
            periods.add(new LocalDate[]{day, day});
        }
        for (int i = 0; i < 20; i++) {
            LocalDate from = today.minusDays(days.nextInt(230));
            periods.add(new LocalDate[]{from, from.plusDays(days.nextInt(120))});
        }
        return periods;
    }

    /** Periods that begin on, end on or end the day before each of the days where something happened. */
    private List<LocalDate[]> periodsAround(List<LocalDate> days) {
        List<LocalDate[]> periods = new ArrayList<>();
        for (LocalDate day : days) {
            periods.add(new LocalDate[]{day, day.plusDays(random.nextInt(60))});
            periods.add(new LocalDate[]{day.minusDays(random.nextInt(60)), day});
            periods.add(new LocalDate[]{day.minusDays(1 + random.nextInt(60)), day.minusDays(1)});
        }
        return periods;
    }

    private List<LocalDate> days(String sql) {
        return jdbc.queryForList("select d from (" + sql + ") days(d) where d is not null", LocalDate.class);
    }

    /** Entries in an order of their own, often backdated, sometimes two on one day. */
    private void statuses(Api worker, String file, int count) {
        LocalDate last = day(200);
        for (int s = 0; s < count; s++) {
            LocalDate on = random.nextInt(4) == 0 ? last : day(200);
            String status = STATUSES[random.nextInt(STATUSES.length)];
            Map<String, Object> entry = new HashMap<>(Map.of("status", status, "effectiveDate", on.toString()));
            if (status.equals("REJECTED")) {
                entry.put("reason", REJECTED[random.nextInt(REJECTED.length)]);
                entry.put("reasonNote", "Důvod");
            } else if (status.equals("TERMINATED")) {
                entry.put("reason", TERMINATED[random.nextInt(TERMINATED.length)]);
                entry.put("reasonNote", "Důvod");
            }
            // a transition the rules refuse is simply not recorded
            worker.post(file + "/statuses", entry);
            last = on;
        }
    }

    private void engagement(Api worker, String file) {
        LocalDate opened = day(200);
        List<String> problems = new ArrayList<>();
        for (String problem : PROBLEMS) {
            if (random.nextInt(3) == 0) {
                problems.add(problem);
            }
        }
        Response response = worker.post(file + "/engagements", Map.of("title", "Péče",
                "openedOn", opened.toString(), "problemTypes", problems,
                "responsibleWorker", workers.get(random.nextInt(workers.size()))));
        UUID engagement = response.createdId();
        LocalDate closed = random.nextBoolean() ? between(opened, today) : null;
        List<Map<String, Object>> consultations = new ArrayList<>();
        for (int c = random.nextInt(5); c > 0; c--) {
            consultations.add(Map.of("date", between(opened, closed == null ? today : closed).toString(),
                    "kind", KINDS[random.nextInt(KINDS.length)], "durationMinutes", 30, "place", "IN_OFFICE",
                    "record", "Rozhovor"));
        }
        if (!consultations.isEmpty()) {
            worker.post("/api/engagements/" + engagement + "/consultations/batch",
                    Map.of("consultations", consultations)).expect(201);
        }
        if (closed != null) {
            worker.post("/api/engagements/" + engagement + "/closure", Map.of("closedOn", closed.toString(),
                    "reason", CLOSURES[random.nextInt(CLOSURES.length)], "followUp", random.nextBoolean()))
                    .expect(204);
        }
    }

    private Api worker(int index) {
        String name = workers.get(index % workers.size());
        return as(name).as(name, name + "-password");
    }

    private LocalDate day(int daysBack) {
        return today.minusDays(random.nextInt(daysBack + 1));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private List<Map<String, Object>> rows(String sql) {
        return jdbc.queryForList(sql);
    }
}
