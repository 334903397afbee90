package org.casework.api.statistics;

import org.casework.api.web.InvalidInputException;
import org.casework.api.web.QueryClient;
import org.casework.query.status.StatusQueries.FindStatusStatistics;
import org.casework.query.status.StatusQueries.StatusStatistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Aggregated figures only; no answer here names a person (R6). */
@RestController
@RequestMapping("/api/statistics")
class StatisticsController {

    private final QueryClient queries;

    StatisticsController(QueryClient queries) {
        this.queries = queries;
    }

    @GetMapping("/statuses")
    StatusStatistics statuses(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "not-before-from", "must not be before from (" + from + ")");
        }
        return queries.one(new FindStatusStatistics(from, to), StatusStatistics.class);
    }
}
