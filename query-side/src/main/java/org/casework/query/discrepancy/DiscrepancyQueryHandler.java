package org.casework.query.discrepancy;

import org.axonframework.queryhandling.QueryHandler;
import org.casework.query.access.Visibility;
import org.casework.query.care.CareFiles;
import org.casework.query.care.FileKind;
import org.casework.query.client.ClientRows;
import org.casework.query.family.FamilyRows;
import org.casework.query.status.Colour;
import org.casework.query.support.PageOf;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * R5 in one SQL statement over the read models: one branch per kind (and per kind of file), each giving the day the
 * discrepancy began in the order of an index, so a page reads only as far as it shows. Names and the texts are
 * added to the page's rows only.
 */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class DiscrepancyQueryHandler {

    private static final String OPEN_ENGAGEMENTS = " from engagement_view e where e.closed_on is null";
    private static final String COUNTED_ENGAGEMENTS = "select e.client_id as file_id" + OPEN_ENGAGEMENTS;
    /** Red by the kept colour, which holds today. */
    private static final String RED_KEPT = "f.colour = 'RED' and " + CareFiles.keptColourHoldsSql("f");
    /** Red by the colour table, where the kept colour does not hold today. */
    private static final String RED_COMPUTED = "not " + CareFiles.keptColourHoldsSql("f") + " and "
            + CareFiles.colourSql(Colour.RED, "f");
    private static final String PLAN_MISSING_OR_OVERDUE = "f.status = 'SERVICE_USER'"
            + " and (f.plan_review_due is null or f.plan_review_due < :today)";

    private final NamedParameterJdbcTemplate sql;
    private final ClientRows clientRows;
    private final FamilyRows familyRows;

    DiscrepancyQueryHandler(NamedParameterJdbcTemplate sql, ClientRows clientRows, FamilyRows familyRows) {
        this.sql = sql;
        this.clientRows = clientRows;
        this.familyRows = familyRows;
    }

    /** What the statement gives for one discrepancy; {@code reference} is the day the text counts from. */
    private record Found(DiscrepancyKind kind, FileKind fileKind, UUID fileId, UUID engagementId,
                         String engagementTitle, String worker, LocalDate since, LocalDate reference,
                         boolean neverConsulted, String keptExplanation) {
    }

    @QueryHandler
    Long handle(CountDiscrepancies query) {
        return count(query.all(), parameters(query.all()));
    }

    @QueryHandler
    PageOf<Discrepancy> handle(FindDiscrepancies query) {
        MapSqlParameterSource parameters = parameters(query);
        String order = " order by since, kind, file_id, engagement_id";
        List<String> branches = branches(query, false);
        String statement;
        String all = branches.stream().map(b -> "(" + b + ")").collect(Collectors.joining(" union all "));
        if (query.paging() == null) {
            statement = "select * from (" + all + ") d" + order;
        } else {
            // each branch reads its own index in order, as far as the page needs
            long needed = (long) (query.paging().page() + 1) * query.paging().size();
            parameters.addValue("needed", needed + 1)
                    .addValue("limit", query.paging().size() + 1)
                    .addValue("offset", (long) query.paging().page() * query.paging().size());
            statement = "select * from (" + branches.stream().map(b -> "(" + b + " limit :needed)")
                    .collect(Collectors.joining(" union all ")) + ") d" + order + " limit :limit offset :offset";
        }
        List<Found> found = new ArrayList<>(sql.query(statement, parameters, (row, i) -> found(row)));
        if (query.paging() == null) {
            List<Discrepancy> items = described(found, query);
            return new PageOf<>(items, (long) items.size(), 0, items.size(), false);
        }
        boolean more = found.size() > query.paging().size();
        if (more) {
            found.remove(found.size() - 1);
        }
        Long total = query.paging().count() ? count(query, parameters) : null;
        return new PageOf<>(described(found, query), total, query.paging().page(), query.paging().size(), more);
    }

    private static MapSqlParameterSource parameters(FindDiscrepancies query) {
        return new MapSqlParameterSource("today", query.today())
                .addValue("gap", query.consultationGapDays())
                .addValue("open", query.openEngagementDays())
                .addValue("worker", query.worker())
                .addValues(Visibility.parameters(query.viewer()));
    }

    private long count(FindDiscrepancies query, MapSqlParameterSource parameters) {
        // the access check once over the union: one pass over the viewer's access rows instead of one per branch
        return sql.queryForObject("select count(*) from (" + branches(query, true).stream()
                .map(b -> "(" + b + ")").collect(Collectors.joining(" union all ")) + ") d where "
                + Visibility.sql(query.viewer(), "d.file_id"), parameters, Long.class);
    }

    /**
     * One statement per kind (and kind of file), each ordered by the day the discrepancy began, the order of an
     * index: the engagement kinds by the day they count from (that day plus G or L is the day they begin), the red
     * files by their kept {@code red_since}, and the files whose kept colour does not hold today by the colour
     * table computed on the fly. {@code counting}: the same statements selecting only the file and keeping no order
     * nor the access check, which the count makes once over them all; each still reads its own index (one pass over
     * all files with every condition or-ed was slower for a coordinator: 77-88 ms p99 against 58).
     */
    private static List<String> branches(FindDiscrepancies query, boolean counting) {
        String engagementWorker = engagementWorker(query, !counting);
        String lastContact = EngagementDeadlines.lastContact("e");
        List<String> branches = new ArrayList<>();
        for (DiscrepancyKind kind : kinds(query)) {
            switch (kind) {
                case ENGAGEMENT_WITHOUT_CONSULTATION -> branches.add((counting ? COUNTED_ENGAGEMENTS
                        : engagement(kind, EngagementDeadlines.lastDayWithoutConsultation("e") + " + 1", lastContact))
                        + " and " + EngagementDeadlines.withoutConsultation("e") + engagementWorker
                        + (counting ? "" : " order by " + lastContact + ", e.client_id, e.id"));
                case ENGAGEMENT_OPEN_TOO_LONG -> branches.add((counting ? COUNTED_ENGAGEMENTS
                        : engagement(kind, EngagementDeadlines.lastDayOpen("e") + " + 1", "e.opened_on"))
                        + " and " + EngagementDeadlines.openTooLong("e") + engagementWorker
                        + (counting ? "" : " order by e.opened_on, e.client_id, e.id"));
                case STATUS_CONTRACT_MISMATCH -> {
                    for (FileKind file : FileKind.values()) {
                        branches.add((counting ? countFrom(file)
                                : file(kind, file, "f.red_since", "f.status_since", "f.colour_explanation"))
                                + " where " + RED_KEPT + fileWorker(query, file, !counting)
                                + (counting ? "" : " order by f.red_since, f.id"));
                        branches.add((counting ? countFrom(file)
                                : file(kind, file, mismatchSince(), "f.status_since", null))
                                + " where " + RED_COMPUTED + fileWorker(query, file, !counting)
                                + (counting ? "" : " order by since, f.id"));
                    }
                }
                case PLAN_MISSING_OR_OVERDUE -> {
                    for (FileKind file : FileKind.values()) {
                        branches.add((counting ? countFrom(file) : file(kind, file,
                                "greatest(f.status_since, f.plan_review_due + 1)", "f.plan_review_due", null))
                                + " where " + PLAN_MISSING_OR_OVERDUE + fileWorker(query, file, !counting)
                                + (counting ? "" : " order by greatest(f.status_since, f.plan_review_due + 1), f.id"));
                    }
                }
            }
        }
        return branches;
    }

    private static String countFrom(FileKind file) {
        return "select f.id as file_id from " + table(file) + " f";
    }

    private static Set<DiscrepancyKind> kinds(FindDiscrepancies query) {
        return query.kind() == null ? EnumSet.allOf(DiscrepancyKind.class) : EnumSet.of(query.kind());
    }

    /** {@code visible}: with the viewer's access check (a count checks it once, over all branches). */
    private static String engagementWorker(FindDiscrepancies query, boolean visible) {
        return (query.worker() == null ? "" : " and e.responsible_worker = :worker")
                + (visible ? " and " + Visibility.sql(query.viewer(), "e.client_id") : "");
    }

    private static String fileWorker(FindDiscrepancies query, FileKind file, boolean visible) {
        return (query.worker() == null ? "" : " and f.responsible_worker = :worker")
                + (visible ? " and " + Visibility.sql(query.viewer(), "f.id") : "")
                + CareFiles.notMergedSql(file, "f");
    }

    private static String table(FileKind file) {
        return file == FileKind.CLIENT ? "client_file" : "family_file";
    }

    private static String engagement(DiscrepancyKind kind, String since, String reference) {
        return "select '" + kind + "' as kind, 'CLIENT' as file_kind, e.client_id as file_id, e.id as engagement_id,"
                + " e.title as engagement_title, e.responsible_worker as worker, " + since + " as since, "
                + reference + " as reference, e.last_consultation_on is null as never_consulted,"
                + " cast(null as varchar) as kept_explanation" + OPEN_ENGAGEMENTS;
    }

    /** {@code keptExplanation}: the column holding the file's kept explanation, or null where the page computes it. */
    private static String file(DiscrepancyKind kind, FileKind file, String since, String reference,
                               String keptExplanation) {
        return "select '" + kind + "' as kind, '" + file + "' as file_kind, f.id as file_id,"
                + " cast(null as uuid) as engagement_id, cast(null as varchar) as engagement_title,"
                + " f.responsible_worker as worker, " + since + " as since, " + reference + " as reference,"
                + " false as never_consulted, " + (keptExplanation == null ? "cast(null as varchar)" : keptExplanation)
                + " as kept_explanation from " + table(file) + " f";
    }

    /**
     * A status that needs no contract yet has a valid one: since both held, i.e. the later of the status and the
     * start of the earliest valid contract. A status that needs one has none: since the later of the status and
     * the day after the last contract ended.
     */
    private static String mismatchSince() {
        return "case when " + CareFiles.validContractSql("f")
                + " then greatest(f.status_since, (select min(c.first_valid_day) from contract c where c.file_id = f.id"
                + " and c.first_valid_day <= :today and (c.last_valid_day is null or c.last_valid_day >= :today)))"
                + " else greatest(f.status_since, (select max(c.last_valid_day) + 1 from contract c"
                + " where c.file_id = f.id and c.last_valid_day < :today)) end";
    }

    private static Found found(ResultSet row) throws SQLException {
        return new Found(DiscrepancyKind.valueOf(row.getString("kind")), FileKind.valueOf(row.getString("file_kind")),
                row.getObject("file_id", UUID.class), row.getObject("engagement_id", UUID.class),
                row.getString("engagement_title"), row.getString("worker"),
                row.getObject("since", LocalDate.class), row.getObject("reference", LocalDate.class),
                row.getBoolean("never_consulted"), row.getString("kept_explanation"));
    }

    /**
     * Adds the names (read without the rest of the files) and the texts; a contradiction found by the colour table
     * on the fly takes its explanation from the file's row, coloured for today.
     */
    private List<Discrepancy> described(List<Found> found, FindDiscrepancies query) {
        Map<UUID, String> clients = clientRows.namesOf(idsOf(found, FileKind.CLIENT));
        Map<UUID, String> families = familyRows.namesOf(idsOf(found, FileKind.FAMILY));
        List<Found> unexplained = found.stream().filter(f -> f.kind() == DiscrepancyKind.STATUS_CONTRACT_MISMATCH
                && f.keptExplanation() == null).toList();
        Map<UUID, String> explanations = new HashMap<>();
        clientRows.of(idsOf(unexplained, FileKind.CLIENT), query.today())
                .forEach(row -> explanations.put(row.id(), row.explanation()));
        familyRows.of(idsOf(unexplained, FileKind.FAMILY), query.today())
                .forEach(row -> explanations.put(row.id(), row.explanation()));
        return found.stream().map(f -> {
            boolean client = f.fileKind() == FileKind.CLIENT;
            String name = (client ? clients : families).get(f.fileId());
            String explanation = f.keptExplanation() != null ? f.keptExplanation() : explanations.get(f.fileId());
            return new Discrepancy(f.kind(), f.fileKind(), client ? f.fileId() : null, client ? null : f.fileId(),
                    name, f.engagementId(), f.engagementTitle(), f.worker(), f.since(),
                    text(f, explanation, query));
        }).toList();
    }

    private static Set<UUID> idsOf(List<Found> found, FileKind kind) {
        return found.stream().filter(f -> f.fileKind() == kind).map(Found::fileId).collect(Collectors.toSet());
    }

    private static String text(Found f, String explanation, FindDiscrepancies query) {
        long days = f.reference() == null ? 0 : ChronoUnit.DAYS.between(f.reference(), query.today());
        return switch (f.kind()) {
            case ENGAGEMENT_WITHOUT_CONSULTATION -> "no consultation for " + days + " days (more than "
                    + query.consultationGapDays() + ") since " + (f.neverConsulted()
                    ? "the engagement opened on " : "the last one on ") + f.reference();
            case ENGAGEMENT_OPEN_TOO_LONG -> "open for " + days + " days (more than " + query.openEngagementDays()
                    + ") since it opened on " + f.reference();
            case STATUS_CONTRACT_MISMATCH -> explanation;
            case PLAN_MISSING_OR_OVERDUE -> f.reference() == null
                    ? "a service user without an individual plan"
                    : "the individual plan was due for review on " + f.reference();
        };
    }
}
