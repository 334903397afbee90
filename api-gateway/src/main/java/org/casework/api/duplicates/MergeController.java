package org.casework.api.duplicates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.freshness.ReadModelPositions;
import org.casework.api.openapi.ApiTags;
import org.casework.command.client.MergeClient;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.UUID;

/**
 * COORDINATOR and DIRECTOR (the path rules): the file of the path survives, the other goes over into it. The merge
 * waits until the read models have applied every event of the merged file and its engagements: from the merge on,
 * those engagements' events are handled in the surviving file's order, and none of the old order may still be under
 * way then.
 */
@Tag(name = ApiTags.DUPLICATES)
@RestController
class MergeController {

    static final Duration SETTLING = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final ReadModelPositions positions;

    MergeController(CommandGateway commands, JdbcTemplate jdbc, ReadModelPositions positions) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @Operation(summary = "Merge a second file of a person into this one", description = """
            COORDINATOR and DIRECTOR: the file `mergedClientId` goes over into the file of the path, which stays \
            (`reason` required, up to 2,000 characters). Its engagements move to the survivor, its status entries \
            and contracts are taken over, it gives up its birth number; from then on it answers `410 file-merged` \
            pointing to the survivor. The merge first waits (at most 5 s) until the read models have applied every \
            event of the merged file.""")
    @ApiResponse(responseCode = "204", description = "The merge is stored in both files.")
    @ApiResponse(responseCode = "410", description = "The surviving file is erased or merged itself.")
    @ApiResponse(responseCode = "422", description = "`mergedClientId`: `not-the-same-file`, `unknown-client`, "
            + "`file-erased`, `already-merged`, `merged-file-in-family`; `contract-not-taken-over` (the survivor "
            + "has a contract of the same number).")
    @ApiResponse(responseCode = "503", description = "The read models have not yet applied every event of the merged "
            + "file (`not-yet-readable`, `Retry-After: 1`), or the database cannot be reached.")
    @PostMapping("/api/clients/{clientId}/merge")
    ResponseEntity<Void> merge(@PathVariable UUID clientId, @Valid @RequestBody MergeBody body) {
        Long last = jdbc.queryForObject("select max(global_index) from domain_event_entry"
                + " where aggregate_identifier = ? or aggregate_identifier in"
                + " (select engagement_id::text from engagement_file where client_id = ?)", Long.class,
                body.mergedClientId().toString(), body.mergedClientId());
        if (last != null && !positions.awaitPassed(last, SETTLING)) {
            throw new MergeWaitsException();
        }
        commands.sendAndWait(new MergeClient(clientId, body.mergedClientId(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    /** The read models are behind the merged file: 503 with {@code Retry-After}. */
    static final class MergeWaitsException extends RuntimeException {

        MergeWaitsException() {
            super("the read models have not yet applied every event of the merged file; repeat the merge shortly");
        }
    }
}
