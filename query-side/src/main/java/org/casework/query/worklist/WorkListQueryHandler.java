package org.casework.query.worklist;

import org.axonframework.queryhandling.QueryHandler;
import org.casework.query.access.Visibility;
import org.casework.query.care.CareFiles;
import org.casework.query.care.FileKind;
import org.casework.query.client.ClientRows;
import org.casework.query.discrepancy.DiscrepancyKind;
import org.casework.query.discrepancy.EngagementDeadlines;
import org.casework.query.status.Colour;
import org.casework.query.support.PageOf;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A worker's own work: their open engagements in the order of the index over the responsible worker and the last
 * contact (migration V18), and their files counted by the colour of today as the overviews' filter decides it.
 */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class WorkListQueryHandler {

    private final NamedParameterJdbcTemplate sql;
    private final ClientRows clientRows;

    WorkListQueryHandler(NamedParameterJdbcTemplate sql, ClientRows clientRows) {
        this.sql = sql;
        this.clientRows = clientRows;
    }

    private record Found(UUID engagementId, String title, UUID clientId, LocalDate openedOn,
                         LocalDate lastConsultationOn, LocalDate lastContact, boolean withoutConsultation,
                         boolean openTooLong) {
    }

    @QueryHandler
    PageOf<MyEngagement> handle(FindMyEngagements query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("worker", query.worker())
                .addValue("today", query.today())
                .addValue("gap", query.consultationGapDays())
                .addValue("open", query.openEngagementDays())
                .addValue("limit", query.paging().size() + 1)
                .addValue("offset", (long) query.paging().page() * query.paging().size())
                .addValues(Visibility.parameters(query.viewer()));
        String mine = " from engagement_view e where e.closed_on is null and e.responsible_worker = :worker and "
                + Visibility.sql(query.viewer(), "e.client_id");
        String lastContact = EngagementDeadlines.lastContact("e");
        List<Found> found = new ArrayList<>(sql.query("select e.id, e.title, e.client_id, e.opened_on,"
                + " e.last_consultation_on, " + lastContact + " as last_contact, "
                + EngagementDeadlines.withoutConsultation("e") + " as without_consultation, "
                + EngagementDeadlines.openTooLong("e") + " as open_too_long" + mine
                + " order by " + lastContact + ", e.client_id, e.id limit :limit offset :offset", parameters,
                (row, i) -> new Found(row.getObject("id", UUID.class), row.getString("title"),
                        row.getObject("client_id", UUID.class), row.getObject("opened_on", LocalDate.class),
                        row.getObject("last_consultation_on", LocalDate.class),
                        row.getObject("last_contact", LocalDate.class), row.getBoolean("without_consultation"),
                        row.getBoolean("open_too_long"))));
        boolean more = found.size() > query.paging().size();
        if (more) {
            found.remove(found.size() - 1);
        }
        Long total = query.paging().count()
                ? sql.queryForObject("select count(*)" + mine, parameters, Long.class) : null;
        Map<UUID, String> names = clientRows.namesOf(found.stream().map(Found::clientId)
                .collect(Collectors.toSet()));
        List<MyEngagement> items = found.stream().map(f -> {
            List<DiscrepancyKind> flags = new ArrayList<>();
            if (f.withoutConsultation()) {
                flags.add(DiscrepancyKind.ENGAGEMENT_WITHOUT_CONSULTATION);
            }
            if (f.openTooLong()) {
                flags.add(DiscrepancyKind.ENGAGEMENT_OPEN_TOO_LONG);
            }
            return new MyEngagement(f.engagementId(), f.title(), f.clientId(), names.get(f.clientId()),
                    f.openedOn(), f.lastConsultationOn(), ChronoUnit.DAYS.between(f.lastContact(), query.today()),
                    List.copyOf(flags));
        }).toList();
        return new PageOf<>(items, total, query.paging().page(), query.paging().size(), more);
    }

    @QueryHandler
    MyFiles handle(FindMyFiles query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("worker", query.worker())
                .addValue("today", query.today())
                .addValues(Visibility.parameters(query.viewer()));
        return new MyFiles(byColour("client_file", query, parameters), byColour("family_file", query, parameters));
    }

    /**
     * Each file under the colour the overviews' colour filter gives it: the kept colour where it holds, else the
     * colour table's (one colour per file, so the first that applies). Counted per colour in one pass.
     */
    private Map<Colour, Long> byColour(String table, FindMyFiles query, MapSqlParameterSource parameters) {
        String colourOf = "case when " + CareFiles.keptColourHoldsSql("f") + " then f.colour"
                + Arrays.stream(Colour.values()).map(colour -> " when " + CareFiles.colourSql(colour, "f")
                        + " then '" + colour + "'").collect(Collectors.joining()) + " end";
        Map<Colour, Long> byColour = new EnumMap<>(Colour.class);
        for (Colour colour : Colour.values()) {
            byColour.put(colour, 0L);
        }
        sql.query("select " + colourOf + " as colour, count(*) as files from " + table + " f"
                + " where f.responsible_worker = :worker and "
                + Visibility.sql(query.viewer(), "f.id")
                + CareFiles.notMergedSql("client_file".equals(table) ? FileKind.CLIENT : FileKind.FAMILY, "f")
                + " group by 1", parameters, row -> {
                    String colour = row.getString("colour");
                    if (colour != null) {
                        byColour.put(Colour.valueOf(colour), row.getLong("files"));
                    }
                });
        return byColour;
    }
}
