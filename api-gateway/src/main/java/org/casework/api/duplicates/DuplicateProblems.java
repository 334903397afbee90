package org.casework.api.duplicates;

import org.casework.api.security.Caller;
import org.casework.api.web.FieldError;
import org.casework.api.web.ProblemResponses;
import org.casework.command.client.DuplicateBirthNumberException;
import org.casework.command.rules.FileMergedException;
import org.casework.query.access.FileVisibility;
import org.casework.query.access.Viewer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 410 with a pointer for a merged file. 409 for a file that would duplicate another. The other file is named only to a caller who may see it
 * (coordinators, directors, its responsible worker, a worker it is shared with); anyone else learns that it exists
 * and whom to ask, never which file it is.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DuplicateProblems {

    static final String ASK = "; ask a coordinator, who sees every file and can merge two files of one person";

    private final ProblemResponses problems;
    private final FileVisibility visibility;
    private final Clock clock;

    DuplicateProblems(ProblemResponses problems, FileVisibility visibility, Clock clock) {
        this.problems = problems;
        this.visibility = visibility;
        this.clock = clock;
    }

    @ExceptionHandler(DuplicateBirthNumberException.class)
    ProblemDetail duplicateBirthNumber(DuplicateBirthNumberException e) {
        boolean seen = visible(e.existingClientId());
        String message = seen ? "client file " + e.existingClientId() + " holds this birth number"
                : "a client file you cannot see holds this birth number" + ASK;
        ProblemDetail problem = problems.invalid(HttpStatus.CONFLICT, "conflict", "Duplicate client",
                List.of(new FieldError("birthNumber", "duplicate-birth-number", message)));
        if (seen) {
            problem.setProperty("existingClientId", e.existingClientId());
        }
        return problem;
    }

    @ExceptionHandler(FileMergedException.class)
    ResponseEntity<ProblemDetail> merged(FileMergedException e) {
        ProblemDetail problem = problems.problem(HttpStatus.GONE, "file-merged", "File merged", e.getMessage());
        problem.setProperty("mergedInto", e.survivorId());
        return ResponseEntity.status(HttpStatus.GONE).location(URI.create("/api/clients/" + e.survivorId()))
                .body(problem);
    }

    @ExceptionHandler(MergeController.MergeWaitsException.class)
    ResponseEntity<ProblemDetail> mergeWaits(MergeController.MergeWaitsException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "not-yet-readable", "Not readable yet",
                        e.getMessage()));
    }

    @ExceptionHandler(PossibleDuplicateException.class)
    ProblemDetail possibleDuplicate(PossibleDuplicateException e) {
        List<UUID> seen = e.candidates().stream().filter(this::visible).toList();
        int hidden = e.candidates().size() - seen.size();
        String message = e.candidates().size() + " file(s) with the same name and birth date exist"
                + (hidden > 0 ? ", " + hidden + " of them not visible to you" : "")
                + "; send \"confirmedDistinct\": true if the client is another person" + (hidden > 0 ? ASK : "");
        ProblemDetail problem = problems.invalid(HttpStatus.CONFLICT, "conflict", "Possible duplicate client",
                List.of(new FieldError("confirmedDistinct", "possible-duplicate", message)));
        problem.setProperty("candidates", seen);
        problem.setProperty("hiddenCandidates", hidden);
        return problem;
    }

    private boolean visible(UUID clientId) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Viewer viewer = Caller.viewer(caller, LocalDate.now(clock));
        return viewer.seesEveryFile() || visibility.visible(clientId, viewer);
    }
}
