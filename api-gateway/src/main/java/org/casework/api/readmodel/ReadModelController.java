package org.casework.api.readmodel;

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
@RestController
@RequestMapping("/api/admin/projections")
class ReadModelController {

    private final ReadModels readModels;
    private final DeadLetters deadLetters;

    ReadModelController(ReadModels readModels, DeadLetters deadLetters) {
        this.readModels = readModels;
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<ReadModelState> list() {
        return readModels.states();
    }

    @GetMapping("/{name}")
    ReadModelState one(@PathVariable String name) {
        return readModels.state(name);
    }

    /** Starts a rebuild of every read model in one pass and answers at once; 409 while a rebuild runs. */
    @PostMapping("/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<ReadModelState> replayAll() {
        return readModels.replayAll();
    }

    /** The rebuild under way on this node, or the last one it ran (phase, events, rows, rate, failure). */
    @GetMapping("/replay")
    RebuildProgress.State lastReplay() {
        return readModels.lastReplay().orElseThrow(() -> new NotFoundException("rebuild", "on this node"));
    }

    /** Cancels the rebuild under way: the live tables stay as they are; 404 when none runs on this node. */
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
    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReadModelState replay(@PathVariable String name) {
        return readModels.replay(name);
    }

    /** The events this read model could not apply (as in GET /{name}); 404 for a processor without a queue. */
    @GetMapping("/{name}/dead-letters")
    ReadModelState.DeadLetterSummary deadLetters(@PathVariable String name) {
        ReadModelState state = readModels.state(name);
        if (state.deadLetters() == null) {
            throw new NotFoundException("read model with dead letters", name);
        }
        return state.deadLetters();
    }

    /** Applies every dead-letter sequence again, each in order; what fails again stays. */
    @PostMapping("/{name}/dead-letters/retry")
    DeadLetterRetry retryAll(@PathVariable String name) {
        return deadLetters.retry(readModels.state(name).name(), Optional.empty());
    }

    /** Applies one file's dead letters again, in order. */
    @PostMapping("/{name}/dead-letters/{sequence}/retry")
    DeadLetterRetry retry(@PathVariable String name, @PathVariable String sequence) {
        return deadLetters.retry(readModels.state(name).name(), Optional.of(sequence));
    }

    /** Gives up one file's dead letters; a replay of the read model applies them again. */
    @DeleteMapping("/{name}/dead-letters/{sequence}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void evict(@PathVariable String name, @PathVariable String sequence) {
        deadLetters.evict(readModels.state(name).name(), sequence);
    }
}
