package org.casework.api.chronology;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.casework.api.audit.PersonalRead;
import org.casework.api.openapi.ApiTags;
import org.casework.api.security.Caller;
import org.casework.api.web.InvalidInputException;
import org.casework.api.web.QueryClient;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.query.chronology.ChronologyRow;
import org.casework.query.chronology.FindChronology;
import org.casework.query.support.PageOf;
import org.casework.query.support.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Tag(name = ApiTags.CHRONOLOGY)
@RestController
class ChronologyController {

    private final QueryClient queries;
    private final Clock clock;

    ChronologyController(QueryClient queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * R4: consultations newest first; every filter optional, {@code from} and {@code to} inclusive; {@code family}
     * gives the consultations of the family's current members. Only clients visible to the caller are listed.
     */
    @Operation(summary = "List consultations: the chronology", description = """
            Consultations newest first, voided ones left out, from the clients the caller may see. Every filter is \
            optional: `from` and `to` (days, both included; `to` not before `from`), `client`, `family` (the \
            consultations of the family's current members), `engagement`, `worker`, `kind`. `total` only with \
            `count=true`. A client's chronology (`client=`) is logged in the access log.""")
    @PersonalRead(clientParameter = "client")
    @GetMapping("/api/chronology")
    PageOf<ChronologyRow> chronology(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID client,
            @RequestParam(required = false) UUID family,
            @RequestParam(required = false) UUID engagement,
            @RequestParam(required = false) @Size(max = 100) String worker,
            @RequestParam(required = false) ConsultationKind kind,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size,
            @RequestParam(defaultValue = "false") boolean count,
            Authentication caller) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("to", "not-before-from", "must not be before from (" + from + ")");
        }
        return queries.page(new FindChronology(from, to, client, family, engagement, worker, kind,
                        Caller.viewer(caller, LocalDate.now(clock)), new Paging(page, size, count)),
                ChronologyRow.class);
    }
}
