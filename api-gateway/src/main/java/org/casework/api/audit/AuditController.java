package org.casework.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.casework.api.openapi.ApiTags;
import org.casework.api.security.SecurityLog;
import org.casework.api.web.Csv;
import org.casework.api.web.InvalidInputException;
import org.casework.api.web.NotFoundException;
import org.casework.api.web.QueryClient;
import org.casework.query.client.ClientAsOf;
import org.casework.query.client.ClientQueries.FindClientAsOf;
import org.casework.query.support.PageOf;
import org.casework.query.support.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What auditors read (AUDITOR, ADMIN): full event histories, a client file as of a day, the read-access log. */
@Tag(name = ApiTags.AUDIT)
@RestController
@RequestMapping("/api/audit")
class AuditController {

    /** The JSON and the CSV answer are one operation of the API document. */
    private static final String EVENTS_SUMMARY = "Read a file's stored events";
    private static final String EVENTS_DESCRIPTION = """
            AUDITOR and ADMIN: every stored event of the client, family or engagement (`aggregateType` `clients`, \
            `families`, `engagements`) from sequence 0, read from the event store itself, oldest first: \
            `sequence`, `type`, `storedRevision` and `revision`, `businessDates`, `actor`, `recordedAt`, \
            `correlationId`, `storedAt`, `eventId` and the `payload` (personal fields `[erased]` after an \
            erasure). Default page size 50. `Accept: text/csv` downloads all of them. Logged in the access log.""";

    private final EventHistory history;
    private final QueryClient queries;
    private final AccessLog accessLog;
    private final SecurityLog securityLog;
    private final Clock clock;

    AuditController(EventHistory history, QueryClient queries, AccessLog accessLog, SecurityLog securityLog,
                    Clock clock) {
        this.history = history;
        this.queries = queries;
        this.accessLog = accessLog;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    @Operation(summary = EVENTS_SUMMARY, description = EVENTS_DESCRIPTION)
    @PersonalRead
    @GetMapping("/{aggregateType}/{id}/events")
    PageOf<HistoryEvent> events(@PathVariable AuditedFile aggregateType, @PathVariable UUID id,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return history.page(aggregateType, id, new Paging(page, size));
    }

    /** The whole history in one CSV file, read a page at a time. */
    @Operation(summary = EVENTS_SUMMARY, description = EVENTS_DESCRIPTION)
    @PersonalRead
    @GetMapping(path = "/{aggregateType}/{id}/events", produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> eventsCsv(@PathVariable AuditedFile aggregateType, @PathVariable UUID id) {
        List<HistoryRow> rows = new ArrayList<>();
        PageOf<HistoryEvent> page;
        int number = 0;
        do {
            page = history.page(aggregateType, id, new Paging(number++, Paging.MAX_SIZE));
            page.items().stream().map(HistoryRow::of).forEach(rows::add);
        } while ((long) number * Paging.MAX_SIZE < page.total());
        return Csv.of(rows, HistoryRow.class, aggregateType.aggregateType().toLowerCase() + "-" + id + "-events.csv");
    }

    @Operation(summary = "Read a client file as of a day", description = """
            AUDITOR and ADMIN: the client card and engagements exactly as the service knew them at the end of \
            `asOf` (not in the future) in the organisation's time zone: the events recorded before the next \
            midnight, fed through the live projection in memory. An entry backdated later does not show; `events` \
            says how many events were known. Logged in the access log.""")
    @ApiResponse(responseCode = "200", description = "The client file as known at the end of `asOf`.")
    @ApiResponse(responseCode = "404", description = "The file was not known yet on that day, or does not exist.")
    @PersonalRead
    @GetMapping("/clients/{clientId}")
    ClientAsOf clientAsOf(@PathVariable UUID clientId,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        if (asOf.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("asOf", "not-in-future", "must not be after today");
        }
        Instant recordedBefore = asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return queries.find(new FindClientAsOf(clientId, asOf, recordedBefore), ClientAsOf.class)
                .orElseThrow(() -> NotFoundException.withoutLag("client known on " + asOf, clientId));
    }

    /** {@code from} and {@code to} are days in the organisation's time zone, both included. */
    @Operation(summary = "Read the access log: who read which file", description = """
            AUDITOR and ADMIN: every read of a person's file (cards, histories, contracts, plans, engagements, \
            assessments, a client's chronology, event histories, as-of views), newest first: `readAt`, `reader`, \
            `fileKind`, `fileId`, `clientId`, `endpoint`. Filters `client`, `user`, and `from`/`to` (days, both \
            included).""")
    @GetMapping("/access-log")
    PageOf<AccessLogEntry> accessLog(@RequestParam(required = false) UUID client,
                                     @RequestParam(required = false) @Size(max = 100) String user,
                                     @RequestParam(required = false)
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false)
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Period period = period(from, to);
        return accessLog.find(client, user, period.from(), period.to(), new Paging(page, size));
    }

    /** Failed logins, lock-outs, refused requests and changes to users; days as for the access log. */
    @Operation(summary = "Read the security log", description = """
            AUDITOR and ADMIN: failed logins (`LOGIN_FAILED`, with the real reason), login waits \
            (`LOGIN_THROTTLED`), refused requests (`ACCESS_REFUSED`: user, endpoint, file) and changes to users \
            (`USER_CHANGED`), newest first; never an address or password. Filters `kind`, `user`, `from`/`to` \
            (days, both included).""")
    @GetMapping("/security-log")
    PageOf<SecurityLog.Entry> securityLog(@RequestParam(required = false) SecurityLog.Kind kind,
                                          @RequestParam(required = false) @Size(max = 100) String user,
                                          @RequestParam(required = false)
                                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false)
                                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                          @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Period period = period(from, to);
        return securityLog.find(kind, user, period.from(), period.to(), new Paging(page, size));
    }

    /** The moments a log is read between: {@code to} exclusive; either may be open (null). */
    private record Period(Instant from, Instant to) {
    }

    /** Days in the organisation's time zone, both included. */
    private Period period(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "not-before-from", "must not be before from");
        }
        return new Period(from == null ? null : from.atStartOfDay(clock.getZone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }
}
