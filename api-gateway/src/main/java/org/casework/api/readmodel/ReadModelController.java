package org.casework.api.readmodel;

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

    /** Starts a replay of every read model and answers at once; 409 while one of them is replaying. */
    @PostMapping("/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<ReadModelState> replayAll() {
        return readModels.replayAll();
    }

    /** Starts the replay and answers at once; follow it with GET; 409 for a policy or while it is replaying. */
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
        readModels.state(name);
        return deadLetters.retry(name, Optional.empty());
    }

    /** Applies one file's dead letters again, in order. */
    @PostMapping("/{name}/dead-letters/{sequence}/retry")
    DeadLetterRetry retry(@PathVariable String name, @PathVariable String sequence) {
        readModels.state(name);
        return deadLetters.retry(name, Optional.of(sequence));
    }

    /** Gives up one file's dead letters; a replay of the read model applies them again. */
    @DeleteMapping("/{name}/dead-letters/{sequence}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void evict(@PathVariable String name, @PathVariable String sequence) {
        readModels.state(name);
        deadLetters.evict(name, sequence);
    }
}
