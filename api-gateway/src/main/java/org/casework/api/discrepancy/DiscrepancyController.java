package org.casework.api.discrepancy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.casework.api.openapi.ApiTags;
import org.casework.api.security.Caller;
import org.casework.api.web.Csv;
import org.casework.api.web.QueryClient;
import org.casework.api.web.Xlsx;
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
 * {@code Accept: text/csv} or the XLSX type exports every matching row.
 */
@Tag(name = ApiTags.DISCREPANCIES)
@RestController
@RequestMapping("/api/discrepancies")
class DiscrepancyController {

    /** The JSON and the CSV answer are one operation of the API document. */
    private static final String DISCREPANCIES_SUMMARY = "List today's discrepancies";
    private static final String DISCREPANCIES_DESCRIPTION = """
            The discrepancies of today (R5) with the settings in force, oldest first, in the files the caller may \
            see: `ENGAGEMENT_WITHOUT_CONSULTATION` (more than G days), `ENGAGEMENT_OPEN_TOO_LONG` (more than L \
            days), `STATUS_CONTRACT_MISMATCH` (a `RED` file), `PLAN_MISSING_OR_OVERDUE`. Each row has `kind`, \
            `fileKind`, the file, `since` (the first day it was a discrepancy) and `text`. Filters `kind`, \
            `worker`; `total` only with `count=true`. `Accept: text/csv` or `Accept: \
            application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` (XLSX) exports every matching row.""";

    private final QueryClient queries;
    private final SettingsLookup settings;
    private final Clock clock;

    DiscrepancyController(QueryClient queries, SettingsLookup settings, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(summary = DISCREPANCIES_SUMMARY, description = DISCREPANCIES_DESCRIPTION)
    @GetMapping
    PageOf<Discrepancy> discrepancies(@RequestParam(required = false) DiscrepancyKind kind,
                                      @RequestParam(required = false) @Size(max = 100) String worker,
                                      @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size,
                                      @RequestParam(defaultValue = "false") boolean count,
                                      Authentication caller) {
        return queries.page(query(kind, worker, caller, new Paging(page, size, count)), Discrepancy.class);
    }

    @Operation(summary = DISCREPANCIES_SUMMARY, description = DISCREPANCIES_DESCRIPTION)
    @GetMapping(produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> csv(@RequestParam(required = false) DiscrepancyKind kind,
                               @RequestParam(required = false) @Size(max = 100) String worker,
                               Authentication caller) {
        FindDiscrepancies query = query(kind, worker, caller, null);
        return Csv.of(queries.page(query, Discrepancy.class).items(), Discrepancy.class,
                "discrepancies-" + query.today() + ".csv");
    }

    @Operation(summary = DISCREPANCIES_SUMMARY, description = DISCREPANCIES_DESCRIPTION)
    @GetMapping(produces = Xlsx.MEDIA_TYPE)
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) DiscrepancyKind kind,
                                @RequestParam(required = false) @Size(max = 100) String worker,
                                Authentication caller) {
        FindDiscrepancies query = query(kind, worker, caller, null);
        return Xlsx.of(queries.page(query, Discrepancy.class).items(), Discrepancy.class, "discrepancies",
                "discrepancies-" + query.today() + ".xlsx");
    }

    private FindDiscrepancies query(DiscrepancyKind kind, String worker, Authentication caller, Paging paging) {
        OrganisationSettings current = settings.current().settings();
        LocalDate today = LocalDate.now(clock);
        return new FindDiscrepancies(today, current.consultationGapDays(), current.openEngagementDays(), kind, worker,
                Caller.viewer(caller, today), paging);
    }
}
