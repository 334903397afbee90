package org.casework.api.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casework.api.config.RequestTransaction;
import org.casework.api.database.DatabaseOutage;
import org.casework.api.web.FieldError;
import org.casework.api.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Idempotent POSTs (IETF httpapi Idempotency-Key draft). A POST with an {@code Idempotency-Key} header runs in one
 * transaction with its stored answer: a success is kept with the key, so a retry with the same key and the same
 * request gets the same answer again ({@code Idempotent-Replayed: true}) and stores nothing twice, whether or not
 * the first answer reached the caller. The same key with another request answers 422; a retry while the first is
 * still being handled answers 409. Failures are not kept: nothing was stored, so a retry runs the request anew.
 * Keys belong to the user who sent them.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotentRequests requests;
    private final RequestFingerprint fingerprints;
    private final TransactionTemplate transactions;
    private final ProblemResponses problems;
    private final Clock clock;

    IdempotencyFilter(IdempotentRequests requests, IdempotencyProperties properties,
                      PlatformTransactionManager transactionManager, ProblemResponses problems, Clock clock) {
        this.requests = requests;
        this.fingerprints = new RequestFingerprint(properties.maxBody());
        this.transactions = new TransactionTemplate(transactionManager);
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(IdempotencyKey.HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = user();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        IdempotencyKey key;
        try {
            key = IdempotencyKey.of(request.getHeader(IdempotencyKey.HEADER)).orElseThrow();
        } catch (IdempotencyKey.InvalidKeyException e) {
            send(request, response, problems.invalid(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                    List.of(new FieldError(IdempotencyKey.HEADER, "idempotency-key", e.getMessage()))));
            return;
        }
        RequestFingerprint.Fingerprinted keyed = fingerprints.of(request);
        if (keyed == null) {
            send(request, response, problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                    "Request too large", "A request with an Idempotency-Key may have a body of at most "
                            + fingerprints.maxBody().toKilobytes() + " KB."));
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = inOneTransaction(() -> {
            if (!requests.claim(user.get(), key)) {
                return new Outcome(Kind.IN_PROGRESS, null);
            }
            Optional<StoredResponse> stored = requests.find(user.get(), key);
            if (stored.isPresent()) {
                return new Outcome(Arrays.equals(stored.get().fingerprint(), keyed.fingerprint())
                        ? Kind.REPLAY : Kind.OTHER_REQUEST, stored.get());
            }
            chain.doFilter(keyed.request(), answer);
            if (HttpStatus.valueOf(answer.getStatus()).is2xxSuccessful()) {
                requests.store(user.get(), key, new StoredResponse(keyed.fingerprint(), answer.getStatus(),
                        answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
                        answer.getContentAsByteArray()), clock.instant());
                return new Outcome(Kind.DONE, null);
            }
            return new Outcome(Kind.FAILED, null);
            });
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCauseOf(e)) {
                throw e;
            }
            unavailable(request, response);
            return;
        }
        switch (outcome.kind()) {
            case DONE, FAILED -> answer.copyBodyToResponse();
            case REPLAY -> replay(response, outcome.stored());
            case IN_PROGRESS -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                send(request, response, problems.problem(HttpStatus.CONFLICT, "idempotency-key-in-use",
                        "Request in progress", "A request with this Idempotency-Key is being handled right now; "
                                + "repeat it in a moment to get its answer."));
            }
            case OTHER_REQUEST -> send(request, response, problems.invalid(HttpStatus.UNPROCESSABLE_ENTITY,
                    "idempotency-key-reused", "Idempotency key reused", List.of(new FieldError(
                            IdempotencyKey.HEADER, "same-request",
                            "was already used for another request; use a new key for a new request"))));
        }
    }

    /** The database failed before the answer was stored: nothing was, and the caller may retry with the key. */
    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!response.isCommitted()) {
            response.reset();
        }
        problems.writeDatabaseUnavailable(request, response);
    }

    private static Optional<String> user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /** Runs the request; a failure answer or exception rolls back all it stored, the key included. */
    private Outcome inOneTransaction(Handling handling) throws ServletException, IOException {
        try {
            return transactions.execute(status -> {
                RequestTransaction.begin();
                try {
                    Outcome outcome = handling.handle();
                    if (outcome.kind() == Kind.FAILED) {
                        status.setRollbackOnly();
                    }
                    return outcome;
                } catch (ServletException | IOException e) {
                    throw new HandlingFailed(e);
                } finally {
                    RequestTransaction.end();
                }
            });
        } catch (HandlingFailed e) {
            if (e.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw (IOException) e.getCause();
        }
    }

    private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
        response.setStatus(stored.status());
        response.setHeader(REPLAYED, "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    private void send(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problems.send(request, response, problem);
    }

    private enum Kind { DONE, FAILED, REPLAY, OTHER_REQUEST, IN_PROGRESS }

    private record Outcome(Kind kind, StoredResponse stored) {
    }

    @FunctionalInterface
    private interface Handling {
        Outcome handle() throws ServletException, IOException;
    }

    private static final class HandlingFailed extends RuntimeException {
        HandlingFailed(Exception cause) {
            super(cause);
        }
    }
}
