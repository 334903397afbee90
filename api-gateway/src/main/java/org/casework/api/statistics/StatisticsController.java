package org.casework.api.statistics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.casework.api.openapi.ApiTags;
import org.casework.api.web.Csv;
import org.casework.api.web.QueryClient;
import org.casework.query.indicator.CareIndicators;
import org.casework.query.indicator.FindCareIndicators;
import org.casework.query.status.StatusQueries.FindStatusStatistics;
import org.casework.query.status.StatusQueries.StatusStatistics;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** Aggregated figures only; no answer here names a person (R6). */
@Tag(name = ApiTags.STATISTICS)
@RestController
@RequestMapping("/api/statistics")
class StatisticsController {

    private final QueryClient queries;
    private final ObjectMapper json;

    StatisticsController(QueryClient queries, ObjectMapper json) {
        this.queries = queries;
        // "50.0" stays "50.0" in the tree, as the JSON answer writes it
        this.json = json.copy().configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    /**
     * Seed 002's care indicators (docs/indicators.md); {@code Accept: text/csv} gives every figure of the same JSON
     * as a long table.
     */
    @Operation(summary = "Compute the care indicators of a period", description = """
            Seed 002's care indicators for `from`–`to` (both included, required), counts and shares only \
            (docs/indicators.md): `worker` keeps one worker's engagements, `incomeBands=0,50000,100000` counts \
            clients per per-capita income band. Never names a person. `Accept: text/csv` gives every figure of the \
            JSON as `indicator,breakdown,value`.""")
    @GetMapping("/indicators")
    CareIndicators indicators(@RequestParam LocalDate from, @RequestParam LocalDate to,
                              @RequestParam(required = false) @Size(max = 100) String worker,
                              @RequestParam(required = false) List<Long> incomeBands) {
        return queries.one(new FindCareIndicators(from, to, worker, bands(from, to, incomeBands)),
                CareIndicators.class);
    }

    @Operation(summary = "Compute the care indicators of a period", description = """
            Seed 002's care indicators for `from`–`to` (both included, required), counts and shares only \
            (docs/indicators.md): `worker` keeps one worker's engagements, `incomeBands=0,50000,100000` counts \
            clients per per-capita income band. Never names a person. `Accept: text/csv` gives every figure of the \
            JSON as `indicator,breakdown,value`.""")
    @GetMapping(value = "/indicators", produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> indicatorsCsv(@RequestParam LocalDate from, @RequestParam LocalDate to,
                                         @RequestParam(required = false) @Size(max = 100) String worker,
                                         @RequestParam(required = false) List<Long> incomeBands) {
        return Csv.of(IndicatorRows.of(json.valueToTree(indicators(from, to, worker, incomeBands))),
                IndicatorRows.Row.class,
                "indicators-" + from + "-" + to + ".csv");
    }

    private static List<Long> bands(LocalDate from, LocalDate to, List<Long> incomeBands) {
        StatisticsParameters.period(from, to);
        return StatisticsParameters.incomeBands(incomeBands);
    }

    @Operation(summary = "Compute the status statistics of a period", description = """
            Counts only, for `clients` and `families` apart, over `from`–`to` (both required, included): files in \
            each status at the end of `to` (`inStatusOnTo`), files that entered each status in the period \
            (`entered`, a file entering twice counted once), rejections and terminations by reason (`reasons`), \
            status entries by source (`entriesBySource`). Entries marked in error and merged files do not count.""")
    @GetMapping("/statuses")
    StatusStatistics statuses(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        StatisticsParameters.period(from, to);
        return queries.one(new FindStatusStatistics(from, to), StatusStatistics.class);
    }
}
