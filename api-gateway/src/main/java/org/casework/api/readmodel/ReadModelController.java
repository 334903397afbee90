package org.casework.api.readmodel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casework.api.openapi.ApiTags;
import org.casework.api.rebuild.RebuildProgress;
import org.casework.api.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/** The read models, their replays and their dead letters (ADMIN). */
@Tag(name = ApiTags.ADMINISTRATION)
@RestController
@RequestMapping("/api/admin/projections")
class ReadModelController {

    private final ReadModels readModels;
    private final DeadLetters deadLetters;

    ReadModelController(ReadModels readModels, DeadLetters deadLetters) {
        this.readModels = readModels;
        this.deadLetters = deadLetters;
    }

    @Operation(summary = "List the read models and their processors", description = """
            ADMIN: each processor with the `readModels` it keeps, `running`, `error`, `replaying`, `caughtUp`, \
            `segments`, `position`, `head`, `eventsBehind`, the rebuild's progress (`replay`: phase, events done \
            of total, rate, seconds left), `replayable` and its `deadLetters`. Answers at once, behind or not.""")
    @GetMapping
    List<ReadModelState> list() {
        return readModels.states();
    }

    @Operation(summary = "Read one read model's processor", description = """
            ADMIN: the state of the processor that keeps the read model (or of the processor) named, as in the \
            list; a read model's name stands for its processor.""")
    @ApiResponse(responseCode = "200", description = "The processor's state.")
    @ApiResponse(responseCode = "404", description = "No read model or processor of that name.")
    @GetMapping("/{name}")
    ReadModelState one(@PathVariable String name) {
        return readModels.state(name);
    }

    /** Starts a rebuild of every read model in one pass and answers at once; 409 while a rebuild runs. */
    @Operation(summary = "Rebuild every read model", description = """
            ADMIN: starts a rebuild of every read model from the event store in one pass and answers at once; \
            follow it with `GET /api/admin/projections/replay`. The API keeps answering from the live tables, \
            complete, and takes writes; the rebuilt tables are swapped in at the end. One rebuild at a time on all \
            nodes.""")
    @ApiResponse(responseCode = "202", description = "The rebuild has started; the processors' states.")
    @ApiResponse(responseCode = "409", description = "A rebuild runs already (`replay-running`).")
    @PostMapping("/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<ReadModelState> replayAll() {
        return readModels.replayAll();
    }

    /** The rebuild under way on this node, or the last one it ran (phase, events, rows, rate, failure). */
    @Operation(summary = "Follow the rebuild under way, or the last one", description = """
            ADMIN: the rebuild under way on this node or the last one it ran: `phase` (`READING`, `WRITING`, \
            `INDEXING`, `SWAPPING`, then `DONE`, `CANCELLED` or `FAILED`), events, `rowsWritten`, rate, `seconds`, \
            `position` and `failure`.""")
    @ApiResponse(responseCode = "200", description = "The rebuild's state.")
    @ApiResponse(responseCode = "404", description = "No rebuild has run on this node since it started.")
    @GetMapping("/replay")
    RebuildProgress.State lastReplay() {
        return readModels.lastReplay().orElseThrow(() -> new NotFoundException("rebuild", "on this node"));
    }

    /** Cancels the rebuild under way: the live tables stay as they are; 404 when none runs on this node. */
    @Operation(summary = "Cancel the rebuild under way", description = """
            ADMIN: cancels the rebuild under way on this node; the live tables stay as they are.""")
    @ApiResponse(responseCode = "202", description = "The rebuild is being cancelled; its state.")
    @ApiResponse(responseCode = "404", description = "No rebuild runs on this node.")
    @DeleteMapping("/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildProgress.State cancelReplay() {
        if (!readModels.cancelReplay()) {
            throw new NotFoundException("rebuild under way", "on this node");
        }
        return readModels.lastReplay().orElseThrow();
    }

    /**
     * Starts a rebuild of the read model or processor named (with every read model it shares a table or a processor
     * with) and answers at once with the processor's state; follow it with GET; 409 for a policy or while a rebuild
     * runs. A read model's name stands for its processor in every path here.
     */
    @Operation(summary = "Rebuild one read model", description = """
            ADMIN: starts a rebuild of the read model or processor named, together with every read model it shares \
            a processor or a table with, and answers at once with the processor's state; follow it with `GET \
            /api/admin/projections/replay`. A rebuild also clears the processor's dead letters.""")
    @ApiResponse(responseCode = "202", description = "The rebuild has started; the processor's state.")
    @ApiResponse(responseCode = "404", description = "No read model or processor of that name.")
    @ApiResponse(responseCode = "409", description = "A rebuild runs already (`replay-running`), or the processor is "
            + "a policy that sends commands (`not-replayable`).")
    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReadModelState replay(@PathVariable String name) {
        return readModels.replay(name);
    }

    /** The events this read model could not apply (as in GET /{name}); 404 for a processor without a queue. */
    @Operation(summary = "List a read model's dead letters", description = """
            ADMIN: the events the read model could not apply, waiting with the same file's later events behind \
            them: `letters`, `sequences` and up to 100 entries (`file`, `sequence`, `eventType`, `eventId`, \
            `globalIndex`, `enqueuedAt`, `lastTried`, `causeType`, `causeMessage` with every value masked).""")
    @ApiResponse(responseCode = "200", description = "The dead letters: `letters`, `sequences` and those `shown`.")
    @ApiResponse(responseCode = "404", description = "No read model of that name, or a processor without a "
            + "dead-letter queue.")
    @GetMapping("/{name}/dead-letters")
    ReadModelState.DeadLetterSummary deadLetters(@PathVariable String name) {
        ReadModelState state = readModels.state(name);
        if (state.deadLetters() == null) {
            throw new NotFoundException("read model with dead letters", name);
        }
        return state.deadLetters();
    }

    /** Applies every dead-letter sequence again, each in order; what fails again stays. */
    @Operation(summary = "Retry every dead letter of a read model", description = """
            ADMIN: applies each file's dead letters again, in order; what fails again stays. Answers `{tried, \
            cleared, remaining}`.""")
    @ApiResponse(responseCode = "200", description = "The retry ran: `{tried, cleared, remaining}`.")
    @ApiResponse(responseCode = "404", description = "No read model of that name.")
    @PostMapping("/{name}/dead-letters/retry")
    DeadLetterRetry retryAll(@PathVariable String name) {
        return deadLetters.retry(readModels.state(name).name(), Optional.empty());
    }

    /** Applies one file's dead letters again, in order. */
    @Operation(summary = "Retry one file's dead letters", description = """
            ADMIN: applies the dead letters of one file (its id, or the queue's `sequence` key) again, in order; \
            what fails again stays. Answers `{tried, cleared, remaining}`.""")
    @ApiResponse(responseCode = "200", description = "The retry ran: `{tried, cleared, remaining}`.")
    @ApiResponse(responseCode = "404", description = "No read model of that name.")
    @PostMapping("/{name}/dead-letters/{sequence}/retry")
    DeadLetterRetry retry(@PathVariable String name, @PathVariable String sequence) {
        return deadLetters.retry(readModels.state(name).name(), Optional.of(sequence));
    }

    /** Gives up one file's dead letters; a replay of the read model applies them again. */
    @Operation(summary = "Give up one file's dead letters", description = """
            ADMIN: removes the dead letters of one file (its id, or the queue's `sequence` key); its later events \
            will likely fail too. A rebuild of the read model applies them again.""")
    @ApiResponse(responseCode = "204", description = "The dead letters are given up.")
    @ApiResponse(responseCode = "404", description = "No read model of that name.")
    @DeleteMapping("/{name}/dead-letters/{sequence}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void evict(@PathVariable String name, @PathVariable String sequence) {
        deadLetters.evict(readModels.state(name).name(), sequence);
    }
}
