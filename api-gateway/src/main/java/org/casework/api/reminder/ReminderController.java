package org.casework.api.reminder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.casework.api.openapi.ApiTags;
import org.casework.api.security.Caller;
import org.casework.api.web.Csv;
import org.casework.query.reminder.Reminder;
import org.casework.query.support.PageOf;
import org.casework.query.support.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What falls due within {@code days} (1–365, default 14) in the caller's files, or in {@code worker}'s, ordered by
 * day; only files visible to the caller are looked at, as in every list. {@code Accept: text/csv} exports every row.
 */
@Tag(name = ApiTags.WORK_LIST)
@RestController
@RequestMapping("/api/reminders")
class ReminderController {

    /** The JSON and the CSV answer are one operation of the API document. */
    private static final String REMINDERS_SUMMARY = "List what falls due: reminders";
    private static final String REMINDERS_DESCRIPTION = """
            Everything that falls due from today up to `days` days ahead (1–365, default 14, both days included) \
            in the files whose responsible worker is the caller, or `worker`, among the files the caller may see, \
            ordered by day: `PLAN_REVIEW`, `CONTRACT_END`, `NO_CONTACT` (automatic mode), `CONSULTATION_DUE`, \
            `ENGAGEMENT_OPEN_LIMIT`, `CONSENT_EXPIRES`. The `day` is the last day still in order; what is overdue \
            already is a discrepancy. Always counted (`total`); `Accept: text/csv` exports every row.""";

    static final int MAX_DAYS = 365;

    private final Reminders reminders;
    private final Clock clock;

    ReminderController(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Operation(summary = REMINDERS_SUMMARY, description = REMINDERS_DESCRIPTION)
    @GetMapping
    PageOf<Reminder> reminders(@RequestParam(defaultValue = "14") @Min(1) @Max(MAX_DAYS) int days,
                               @RequestParam(required = false) @Size(min = 1, max = 100) String worker,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size,
                               Authentication caller) {
        List<Reminder> due = due(days, worker, caller);
        int from = (int) Math.min((long) page * size, due.size());
        return new PageOf<>(due.subList(from, Math.min(from + size, due.size())), due.size(), page, size);
    }

    @Operation(summary = REMINDERS_SUMMARY, description = REMINDERS_DESCRIPTION)
    @GetMapping(produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> csv(@RequestParam(defaultValue = "14") @Min(1) @Max(MAX_DAYS) int days,
                               @RequestParam(required = false) @Size(min = 1, max = 100) String worker,
                               Authentication caller) {
        return Csv.of(due(days, worker, caller), Reminder.class, "reminders-" + LocalDate.now(clock) + ".csv");
    }

    private List<Reminder> due(int days, String worker, Authentication caller) {
        LocalDate today = LocalDate.now(clock);
        return reminders.due(worker == null ? caller.getName() : worker, Caller.viewer(caller, today), today, days);
    }
}
