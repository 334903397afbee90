package org.casework.api.duplicates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casework.api.openapi.ApiTags;
import org.casework.api.web.QueryClient;
import org.casework.query.client.ClientQueries.FindSharedBirthNumbers;
import org.casework.query.client.ClientQueries.SharedBirthNumber;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** For coordinators: files that share a birth number (registered before the rule held), to be merged. */
@Tag(name = ApiTags.DUPLICATES)
@RestController
@RequestMapping("/api/duplicates")
class DuplicatesController {

    private final QueryClient queries;

    DuplicatesController(QueryClient queries) {
        this.queries = queries;
    }

    record Duplicates(List<SharedBirthNumber> items, int total) {
    }

    @Operation(summary = "List files that share a birth number", description = """
            COORDINATOR and DIRECTOR: groups of client files that share a birth number (registered before a birth \
            number belonged to one file), each `{"clientIds": [...]}` earliest registered first, for a coordinator \
            to settle by merging them.""")
    @GetMapping
    Duplicates sharedBirthNumbers() {
        List<SharedBirthNumber> groups = queries.list(new FindSharedBirthNumbers(), SharedBirthNumber.class);
        return new Duplicates(groups, groups.size());
    }
}
