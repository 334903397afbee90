package org.casework.api.readmodel;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The read models and their replays (ADMIN). */
@RestController
@RequestMapping("/api/admin/projections")
class ReadModelController {

    private final ReadModels readModels;

    ReadModelController(ReadModels readModels) {
        this.readModels = readModels;
    }

    @GetMapping
    List<ReadModelState> list() {
        return readModels.states();
    }

    @GetMapping("/{name}")
    ReadModelState one(@PathVariable String name) {
        return readModels.state(name);
    }

    /** Starts the replay and answers at once; follow it with GET. */
    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReadModelState replay(@PathVariable String name) {
        return readModels.replay(name);
    }
}
