package org.casework.api.discrepancy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.casework.api.security.Caller;
import org.casework.api.web.Csv;
import org.casework.api.web.QueryClient;
import org.casework.command.settings.SettingsLookup;
import org.casework.domain.settings.OrganisationSettings;
import org.casework.query.discrepancy.Discrepancy;
import org.casework.query.discrepancy.DiscrepancyKind;
import org.casework.query.discrepancy.FindDiscrepancies;
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

/**
 * R5: the discrepancies of today with the settings in force, oldest first, in the files visible to the caller
 * (a worker's own and those shared with them; every file for coordinators, directors and auditors).
 * {@code Accept: text/csv} exports every matching row.
 */
@RestController
@RequestMapping("/api/discrepancies")
class DiscrepancyController {

    private final QueryClient queries;
    private final SettingsLookup settings;
    private final Clock clock;

    DiscrepancyController(QueryClient queries, SettingsLookup settings, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    PageOf<Discrepancy> discrepancies(@RequestParam(required = false) DiscrepancyKind kind,
                                      @RequestParam(required = false) @Size(max = 100) String worker,
                                      @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size,
                                      @RequestParam(defaultValue = "false") boolean count,
                                      Authentication caller) {
        return queries.page(query(kind, worker, caller, new Paging(page, size, count)), Discrepancy.class);
    }

    @GetMapping(produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> csv(@RequestParam(required = false) DiscrepancyKind kind,
                               @RequestParam(required = false) @Size(max = 100) String worker,
                               Authentication caller) {
        FindDiscrepancies query = query(kind, worker, caller, null);
        return Csv.of(queries.page(query, Discrepancy.class).items(), Discrepancy.class,
                "discrepancies-" + query.today() + ".csv");
    }

    private FindDiscrepancies query(DiscrepancyKind kind, String worker, Authentication caller, Paging paging) {
        OrganisationSettings current = settings.current().settings();
        LocalDate today = LocalDate.now(clock);
        return new FindDiscrepancies(today, current.consultationGapDays(), current.openEngagementDays(), kind, worker,
                Caller.viewer(caller, today), paging);
    }
}
