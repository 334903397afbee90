package org.casework.api.worklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.casework.api.openapi.ApiTags;
import org.casework.api.reminder.Reminders;
import org.casework.api.security.Caller;
import org.casework.api.web.QueryClient;
import org.casework.command.settings.SettingsLookup;
import org.casework.domain.settings.OrganisationSettings;
import org.casework.query.access.Viewer;
import org.casework.query.discrepancy.CountDiscrepancies;
import org.casework.query.reminder.Reminder;
import org.casework.query.status.Colour;
import org.casework.query.support.PageOf;
import org.casework.query.support.Paging;
import org.casework.query.worklist.FindMyEngagements;
import org.casework.query.worklist.FindMyFiles;
import org.casework.query.worklist.MyEngagement;
import org.casework.query.worklist.MyFiles;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;

/**
 * The caller's own work across clients: their open engagements, the longest without a consultation first, and the
 * counts for a home page. "Their" means whose responsible worker they are, among the files visible to them.
 */
@Tag(name = ApiTags.WORK_LIST)
@RestController
@RequestMapping("/api/me")
class WorkListController {

    /** The reminders the summary counts: from today up to a week ahead. */
    static final int WEEK = 7;
    /** How many of them it lists. */
    static final int NEXT_REMINDERS = 10;
    /** How many open engagements it lists, as the first page of {@code /api/me/engagements?size=10}. */
    static final int NEXT_ENGAGEMENTS = 10;

    record Summary(String worker, LocalDate today, Map<Colour, Long> clientsByColour,
                   Map<Colour, Long> familiesByColour, long discrepancies, long remindersThisWeek,
                   List<Reminder> nextReminders, List<MyEngagement> nextEngagements) {
    }

    private final QueryClient queries;
    private final SettingsLookup settings;
    private final Reminders reminders;
    private final Clock clock;

    WorkListController(QueryClient queries, SettingsLookup settings, Reminders reminders, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Operation(summary = "List my open engagements", description = """
            The caller's open engagements across clients (they are the responsible worker), the longest without a \
            consultation first: `engagementId`, `title`, `clientId`, `clientName`, `openedOn`, \
            `lastConsultationOn` (null: none yet), `daysWithoutConsultation` and today's `discrepancies` of the \
            engagement. `total` only with `count=true`.""")
    @GetMapping("/engagements")
    PageOf<MyEngagement> engagements(@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size,
                                     @RequestParam(defaultValue = "false") boolean count,
                                     Authentication caller) {
        LocalDate today = LocalDate.now(clock);
        OrganisationSettings current = settings.current().settings();
        return queries.page(new FindMyEngagements(caller.getName(), Caller.viewer(caller, today), today,
                current.consultationGapDays(), current.openEngagementDays(), new Paging(page, size, count)),
                MyEngagement.class);
    }

    @Operation(summary = "Count my files for a home page", description = """
            The caller's client and family files by today's colour (`clientsByColour`, `familiesByColour`, every \
            colour listed), their `discrepancies` (as the discrepancies of `worker=` the caller) and \
            `remindersThisWeek` (the reminders of the next 7 days) with the first 10 of them in `nextReminders`, as \
            `GET /api/reminders?days=7` lists them, and the first 10 open engagements in `nextEngagements` as \
            `GET /api/me/engagements?size=10` lists them. Files shared with the caller are not counted: they are not \
            their work.""")
    @GetMapping("/summary")
    Summary summary(Authentication caller) {
        LocalDate today = LocalDate.now(clock);
        Viewer viewer = Caller.viewer(caller, today);
        String me = caller.getName();
        OrganisationSettings current = settings.current().settings();
        // independent reads of a worker's thousands of files (the reminders read theirs here and beside): at once
        CompletableFuture<MyFiles> files = queries.beside(
                () -> queries.one(new FindMyFiles(me, viewer, today), MyFiles.class));
        CompletableFuture<Long> discrepancies = queries.beside(() -> queries.one(new CountDiscrepancies(today,
                current.consultationGapDays(), current.openEngagementDays(), null, me, viewer), Long.class));
        CompletableFuture<PageOf<MyEngagement>> engagements = queries.beside(() -> queries.page(
                new FindMyEngagements(me, viewer, today, current.consultationGapDays(), current.openEngagementDays(),
                        new Paging(0, NEXT_ENGAGEMENTS, false)), MyEngagement.class));
        List<Reminder> thisWeek = reminders.due(me, viewer, today, WEEK);
        MyFiles mine = QueryClient.joined(files);
        return new Summary(me, today, mine.clientsByColour(), mine.familiesByColour(),
                QueryClient.joined(discrepancies),
                thisWeek.size(), List.copyOf(thisWeek.subList(0, Math.min(NEXT_REMINDERS, thisWeek.size()))),
                QueryClient.joined(engagements).items());
    }
}
