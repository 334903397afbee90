package org.casework.query.reminder;

import org.axonframework.queryhandling.QueryHandler;
import org.casework.domain.sharing.ConsentTerms;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.query.access.Visibility;
import org.casework.query.care.CareFiles;
import org.casework.query.care.FileKind;
import org.casework.query.client.ClientRows;
import org.casework.query.discrepancy.EngagementDeadlines;
import org.casework.query.family.FamilyRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reminders over the read models, for one worker's files (a worker has hundreds, not thousands: every statement
 * starts from the responsible worker's index). The days come from the same SQL as the discrepancies
 * ({@link EngagementDeadlines}, {@link CareFiles#contractValidOnSql}) and from {@link ConsentTerms}.
 */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class ReminderQueryHandler {

    private final NamedParameterJdbcTemplate sql;
    private final ClientRows clientRows;
    private final FamilyRows familyRows;

    ReminderQueryHandler(NamedParameterJdbcTemplate sql, ClientRows clientRows, FamilyRows familyRows) {
        this.sql = sql;
        this.clientRows = clientRows;
        this.familyRows = familyRows;
    }

    /** What a statement gives for one reminder; {@code reference} and {@code label} feed its text. */
    private record Found(ReminderKind kind, FileKind fileKind, UUID fileId, UUID engagementId, LocalDate day,
                         LocalDate reference, String label) {
    }

    @QueryHandler
    List<Reminder> handle(FindReminders query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("today", query.today())
                .addValue("until", query.until())
                .addValue("gap", query.consultationGapDays())
                .addValue("open", query.openEngagementDays())
                .addValue("worker", query.worker())
                .addValues(Visibility.parameters(query.viewer()));
        // the access check once over the union of the branches: one pass over the viewer's access rows, not six
        String all = "select * from (" + String.join(" union all ", branches()) + ") due where "
                + Visibility.sql(query.viewer(), "due.file_id");
        List<Found> found = new ArrayList<>(sql.query(all, parameters, (row, i) -> found(row)));
        found.addAll(consentsEnding(query, parameters));
        return described(found, query);
    }

    @QueryHandler
    List<ContactFacts> handle(FindContactFacts query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("worker", query.worker())
                .addValue("lastContactBy", query.lastContactBy())
                .addValue("watched", Arrays.stream(Status.values()).filter(Status::expectsContact)
                        .map(Status::name).toList())
                .addValues(Visibility.parameters(query.viewer()));
        record File(FileKind kind, UUID id, LocalDate registeredOn, LocalDate lastConsultation) {
        }
        List<File> files = sql.query("""
                select kind, id, registered_on, last_consultation from (
                    select 'CLIENT' as kind, f.id, f.registered_on as registered_on, f.status_since,
                           f.last_contact_on as last_consultation
                    from client_file f
                    where f.responsible_worker = :worker and f.status in (:watched) and f.erased_on is null%s and %s
                    union all
                    select 'FAMILY', f.id, f.created_on, f.status_since,
                           (select max(c.last_contact_on) from family_member m
                            join client_file c on c.id = m.client_id
                            where m.family_id = f.id and m.left_on is null)
                    from family_file f
                    where f.responsible_worker = :worker and f.status in (:watched) and %s
                      -- implied by the condition below; here, the members are read only for families it may pass
                      and (f.created_on is null or f.created_on <= :lastContactBy)
                      and (f.status_since is null or f.status_since <= :lastContactBy)) watched
                where greatest(registered_on, status_since, last_consultation) <= :lastContactBy"""
                .formatted(CareFiles.notMergedSql(FileKind.CLIENT, "f"), Visibility.sql(query.viewer(), "f.id"),
                        Visibility.sql(query.viewer(), "f.id")),
                parameters, (row, i) -> new File(FileKind.valueOf(row.getString("kind")),
                        row.getObject("id", UUID.class), row.getObject("registered_on", LocalDate.class),
                        row.getObject("last_consultation", LocalDate.class)));
        Map<UUID, Entries> entries = entriesInRecordingOrder(files.stream().map(File::id).toList());
        Map<UUID, String> clients = clientRows.namesOf(idsOf(files, FileKind.CLIENT, File::kind, File::id));
        Map<UUID, String> families = familyRows.namesOf(idsOf(files, FileKind.FAMILY, File::kind, File::id));
        return files.stream().map(f -> {
            Entries of = entries.getOrDefault(f.id(), new Entries());
            return new ContactFacts(f.kind(), f.id(), (f.kind() == FileKind.CLIENT ? clients : families).get(f.id()),
                    f.registeredOn(), of.entries, of.inError, f.lastConsultation());
        }).toList();
    }

    private static final class Entries {
        private final List<StatusEntry> entries = new ArrayList<>();
        private final Set<Integer> inError = new HashSet<>();
    }

    /**
     * The status entries of each file as its aggregate recorded them, oldest recording first: the order
     * {@code StatusTimeline} needs, with the indexes of those marked in error. The notes are left out (personal,
     * and no rule reads them).
     */
    private Map<UUID, Entries> entriesInRecordingOrder(Collection<UUID> fileIds) {
        Map<UUID, Entries> entries = new LinkedHashMap<>();
        if (fileIds.isEmpty()) {
            return entries;
        }
        sql.query("select file_id, status, effective_date, reason, source, in_error_event_id is not null as in_error"
                + " from status_entry where file_id in (:ids) order by file_id, seq", Map.of("ids", fileIds), row -> {
                    String reason = row.getString("reason");
                    Entries of = entries.computeIfAbsent(row.getObject("file_id", UUID.class), id -> new Entries());
                    if (row.getBoolean("in_error")) {
                        of.inError.add(of.entries.size());
                    }
                    of.entries.add(new StatusEntry(Status.valueOf(row.getString("status")),
                            row.getObject("effective_date", LocalDate.class),
                            reason == null ? null : StatusReason.valueOf(reason), null, null,
                            StatusSource.valueOf(row.getString("source"))));
                });
        return entries;
    }

    /** Without the access check, which the caller adds over them all. */
    private static List<String> branches() {
        List<String> branches = new ArrayList<>();
        for (FileKind file : FileKind.values()) {
            String table = file == FileKind.CLIENT ? "client_file" : "family_file";
            String mine = " f.responsible_worker = :worker"
                    + (file == FileKind.CLIENT ? " and f.erased_on is null" : "") + CareFiles.notMergedSql(file, "f");
            // the plan is overdue (a discrepancy) from the day after its review date
            branches.add("select 'PLAN_REVIEW' as kind, '" + file + "' as file_kind, f.id as file_id,"
                    + " cast(null as uuid) as engagement_id, f.plan_review_due as day,"
                    + " cast(null as date) as reference, cast(null as varchar) as label from " + table + " f"
                    + " where f.status = 'SERVICE_USER' and f.plan_review_due between :today and :until and"
                    + mine);
            // the contracts ending in the period first (a few hundred, by their index): "offset 0" keeps PostgreSQL
            // from starting at the worker's thousands of files, which it expects far fewer of after the access check
            branches.add("select 'CONTRACT_END', '" + file + "', f.id, cast(null as uuid), c.last_valid_day,"
                    + " c.first_valid_day, c.number from (select * from contract c where "
                    + CareFiles.contractValidOnSql("c", ":today") + " and c.last_valid_day <= :until offset 0) c"
                    + " join " + table + " f on f.id = c.file_id where" + mine);
        }
        String myEngagements = " from engagement_view e join client_file f on f.id = e.client_id"
                + " where e.closed_on is null and e.responsible_worker = :worker and f.erased_on is null";
        branches.add("select 'CONSULTATION_DUE', 'CLIENT', e.client_id, e.id,"
                + " " + EngagementDeadlines.lastDayWithoutConsultation("e") + ", e.last_consultation_on, e.title"
                + myEngagements + " and " + EngagementDeadlines.consultationDueBetween("e"));
        branches.add("select 'ENGAGEMENT_OPEN_LIMIT', 'CLIENT', e.client_id, e.id,"
                + " " + EngagementDeadlines.lastDayOpen("e") + ", e.opened_on, e.title"
                + myEngagements + " and " + EngagementDeadlines.openLimitBetween("e"));
        return branches;
    }

    /** Consents in force today whose last day ({@link ConsentTerms#lastDay}) falls in the period. */
    private List<Found> consentsEnding(FindReminders query, MapSqlParameterSource parameters) {
        List<Found> found = new ArrayList<>();
        sql.query("select s.client_id, s.given_on, s.valid_until, s.revoked_on from sharing_consent s"
                + " join client_file f on f.id = s.client_id"
                + " where s.valid_until between :today and :until and f.responsible_worker = :worker"
                + " and f.erased_on is null" + CareFiles.notMergedSql(FileKind.CLIENT, "f") + " and "
                + Visibility.sql(query.viewer(), "f.id"), parameters, row -> {
                    LocalDate givenOn = row.getObject("given_on", LocalDate.class);
                    LocalDate validUntil = row.getObject("valid_until", LocalDate.class);
                    LocalDate revokedOn = row.getObject("revoked_on", LocalDate.class);
                    LocalDate lastDay = ConsentTerms.lastDay(validUntil, revokedOn);
                    if (ConsentTerms.inForce(query.today(), givenOn, validUntil, revokedOn)
                            && !lastDay.isAfter(query.until())) {
                        found.add(new Found(ReminderKind.CONSENT_EXPIRES, FileKind.CLIENT,
                                row.getObject("client_id", UUID.class), null, lastDay, givenOn, null));
                    }
                });
        return found;
    }

    private static Found found(ResultSet row) throws SQLException {
        return new Found(ReminderKind.valueOf(row.getString("kind")), FileKind.valueOf(row.getString("file_kind")),
                row.getObject("file_id", UUID.class), row.getObject("engagement_id", UUID.class),
                row.getObject("day", LocalDate.class), row.getObject("reference", LocalDate.class),
                row.getString("label"));
    }

    private List<Reminder> described(List<Found> found, FindReminders query) {
        Map<UUID, String> clients = clientRows.namesOf(idsOf(found, FileKind.CLIENT, Found::fileKind, Found::fileId));
        Map<UUID, String> families = familyRows.namesOf(idsOf(found, FileKind.FAMILY, Found::fileKind,
                Found::fileId));
        return found.stream().map(f -> {
            boolean client = f.fileKind() == FileKind.CLIENT;
            return new Reminder(f.day(), f.kind(), f.fileKind(), client ? f.fileId() : null,
                    client ? null : f.fileId(), (client ? clients : families).get(f.fileId()), f.engagementId(),
                    text(f, query));
        }).sorted(Reminder.IN_ORDER).toList();
    }

    private static String text(Found f, FindReminders query) {
        return switch (f.kind()) {
            case PLAN_REVIEW -> "the individual plan is due for review on " + f.day();
            case CONTRACT_END -> "contract " + f.label() + " is valid until " + f.day() + ", its last day";
            case CONSULTATION_DUE -> "engagement " + f.label() + ": " + (f.reference() == null
                    ? "no consultation since it opened" : "last consultation on " + f.reference())
                    + "; without one by " + f.day() + " it is more than " + query.consultationGapDays() + " days";
            case ENGAGEMENT_OPEN_LIMIT -> "engagement " + f.label() + ": open since " + f.reference()
                    + "; still open after " + f.day() + " it is more than " + query.openEngagementDays() + " days";
            case CONSENT_EXPIRES -> "the consent to sharing given on " + f.reference() + " is in force until "
                    + f.day() + ", its last day";
            case NO_CONTACT -> throw new IllegalStateException("the command side's rule gives these");
        };
    }

    private static <T> Set<UUID> idsOf(List<T> found, FileKind kind, Function<T, FileKind> kindOf,
                                       Function<T, UUID> idOf) {
        return found.stream().filter(f -> kindOf.apply(f) == kind).map(idOf).collect(Collectors.toSet());
    }
}
