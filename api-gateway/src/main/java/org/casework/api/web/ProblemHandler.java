package org.casework.api.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.casework.api.access.FileManagersOnlyException;
import org.casework.api.database.DatabaseOutage;
import org.casework.api.database.DatabaseProbe;
import org.casework.api.freshness.FileLag;
import org.casework.api.readmodel.NotReplayableException;
import org.casework.api.readmodel.ReplayRunningException;
import org.casework.command.rules.FileErasedException;
import org.casework.command.rules.InvalidValue;
import org.casework.command.rules.RuleViolationException;
import org.casework.command.rules.UnknownRecordException;
import org.casework.query.support.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every error as an RFC 9457 problem: 400 for input the API cannot read or that misses required fields, 422 for
 * input that breaks a domain rule, 404 for unknown ids, 409 for a conflicting concurrent write. Each invalid input
 * is named by its field path and the rule it breaks. Nothing is stored when any of these is answered.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String INVALID_INPUT = "invalid-input";

    private final ProblemResponses problems;

    private final DatabaseProbe database;
    private final FileLag fileLag;

    ProblemHandler(ProblemResponses problems, DatabaseProbe database, FileLag fileLag) {
        this.problems = problems;
        this.database = database;
        this.fileLag = fileLag;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        List<FieldError> errors = e.violations().stream()
                .map(v -> new FieldError(v.field(), v.rule(), v.message())).toList();
        return problems.invalid(HttpStatus.UNPROCESSABLE_ENTITY, "rule-violation", "A rule of the file is broken",
                errors);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return problems.invalid(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid input", e.errors());
    }

    @ExceptionHandler(Paging.OutOfRange.class)
    ProblemDetail pagingOutOfRange(Paging.OutOfRange e) {
        return problems.invalid(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid input",
                List.of(new FieldError(e.parameter(), "range", e.getMessage())));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownAggregate(AggregateNotFoundException e) {
        return problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "There is no file with id " + e.getAggregateIdentifier() + ".");
    }

    @ExceptionHandler(UnknownRecordException.class)
    ProblemDetail unknownRecord(UnknownRecordException e) {
        return problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    /** A file stored but not yet in the read models is lag: 503, repeat the request; never 404. */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        if (e.readModelMiss().filter(fileLag::notYetApplied).isPresent()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "1")
                    .body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "not-yet-readable", "Not readable yet",
                            "The file is stored, but the read models have not applied it yet. Repeat the request"
                                    + " after the seconds given in Retry-After."));
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(FileErasedException.class)
    ProblemDetail erased(FileErasedException e) {
        return problems.problem(HttpStatus.GONE, "file-erased", "File erased", e.getMessage());
    }

    @ExceptionHandler(ReplayRunningException.class)
    ProblemDetail replayRunning(ReplayRunningException e) {
        return problems.problem(HttpStatus.CONFLICT, "replay-running", "Replay under way", e.getMessage());
    }

    @ExceptionHandler(NotReplayableException.class)
    ProblemDetail notReplayable(NotReplayableException e) {
        return problems.problem(HttpStatus.CONFLICT, "not-replayable", "Not replayable", e.getMessage());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail conflict(ConcurrencyException e) {
        return problems.problem(HttpStatus.CONFLICT, "conflict", "Conflicting change",
                "Someone changed this file at the same moment; nothing was stored. Repeat the request.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                e instanceof FileManagersOnlyException ? e.getMessage() : "Your role does not allow this request.");
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            SQLTransientConnectionException.class})
    ProblemDetail databaseUnavailable(Exception e, HttpServletResponse response) {
        log.warn("Database unreachable: {}", e.getClass().getName());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
        return problems.databaseUnavailable();
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletResponse response) {
        if (DatabaseOutage.isCauseOf(e) || !database.reachable()) {
            // wrapped by Axon or Hibernate, so not matched by the handler above, or lost on the way
            return databaseUnavailable(e, response);
        }
        log.error("Unexpected failure", e);
        return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The service failed to handle the request; nothing was stored. Quote the correlation id "
                        + "when reporting it.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        if (e.getCause() instanceof RefusedValue refused && refused.status() == HttpStatus.UNPROCESSABLE_ENTITY) {
            FieldError error = new FieldError(path(refused), refused.rule(), refused.getOriginalMessage());
            return ResponseEntity.unprocessableEntity().body(problems.invalid(HttpStatus.UNPROCESSABLE_ENTITY,
                    "rule-violation", "A rule of the file is broken", List.of(error)));
        }
        FieldError error = unreadable(e.getCause());
        return badRequest(List.of(error));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> errors.add(
                new FieldError(error.getField(), ruleOf(error.getCode()), error.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(
                new FieldError(error.getObjectName(), ruleOf(error.getCode()), error.getDefaultMessage())));
        return badRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            @NonNull HandlerMethodValidationException e, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String field = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String[] codes = error.getCodes();
                String code = codes == null || codes.length == 0 ? null : codes[codes.length - 1];
                errors.add(new FieldError(field, ruleOf(code), error.getDefaultMessage()));
            }
        }
        return badRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(@NonNull TypeMismatchException e,
                                                        @NonNull HttpHeaders headers,
                                                        @NonNull HttpStatusCode status,
                                                        @NonNull WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName() : e.getPropertyName();
        if (e.getCause() instanceof InvalidValue invalid) {
            return badRequest(List.of(new FieldError(field, invalid.rule(), invalid.getMessage())));
        }
        return badRequest(List.of(new FieldError(field, "type", expectation(e.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            @NonNull MissingServletRequestParameterException e, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return badRequest(List.of(new FieldError(e.getParameterName(), "required", "must be given")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(@NonNull Exception e, Object body,
                                                             @NonNull HttpHeaders headers,
                                                             @NonNull HttpStatusCode status,
                                                             @NonNull WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            problems.decorate(problem);
        }
        return answer;
    }

    private ResponseEntity<Object> badRequest(List<FieldError> errors) {
        return ResponseEntity.badRequest()
                .body(problems.invalid(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid input", errors));
    }

    /** Why Jackson refused a body, as the field it stopped at and the rule that body broke. */
    private static FieldError unreadable(Throwable thrown) {
        // a parser's refusal inside a nested value reaches here wrapped in a mapping exception
        Throwable cause = thrown instanceof JsonMappingException mapping
                && mapping.getCause() instanceof StreamReadException parsing ? parsing : thrown;
        if (cause instanceof UnrecognizedPropertyException e) {
            return new FieldError(path(e), "unknown-field", "is not a field of this request");
        }
        if (cause instanceof RefusedValue e) {
            return new FieldError(path(e), e.rule(), e.getOriginalMessage());
        }
        if (cause instanceof MismatchedInputException e && e.getPath().isEmpty()
                && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return new FieldError("body", "trailing-content", "must end after its JSON value");
        }
        if (cause instanceof MismatchedInputException e) {
            return new FieldError(path(e), "type", expectation(e.getTargetType()) + given(e));
        }
        if (cause instanceof JsonMappingException e) {
            return new FieldError(path(e), "invalid", "cannot be read as a value of this field");
        }
        if (cause instanceof StreamReadException e && String.valueOf(e.getOriginalMessage()).startsWith(
                "Duplicate field")) {
            return new FieldError(path(e.getProcessor()), "duplicate-field", "must appear only once");
        }
        if (cause instanceof InputCoercionException e) {
            return new FieldError(path(e.getProcessor()), "number-range",
                    "is too large a number for this field");
        }
        if (cause instanceof JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String in = path(e.getProcessor());
            return new FieldError("body", "json-syntax", "is not valid JSON" + where
                    + (in.equals("body") ? "" : " (in " + in + ")"));
        }
        return new FieldError("body", "required", "a JSON request body is required");
    }

    /** What the caller sent instead, when it is a JSON type the field never converts from. */
    private static String given(MismatchedInputException e) {
        if (e instanceof InvalidFormatException format && "".equals(format.getValue())) {
            return " (an empty text is no value: leave the field out or send null)";
        }
        if (e instanceof InvalidFormatException format && format.getValue() != null) {
            return format.getValue() instanceof String ? " (text is not converted)" : " (not converted from "
                    + format.getValue().getClass().getSimpleName().toLowerCase() + ")";
        }
        return "";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** The path of the value a parser stopped at, e.g. {@code consultations[2].worker}. */
    private static String path(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return "body";
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inArray()) {
                parts.add(0, "[" + Math.max(context.getCurrentIndex(), 0) + "]");
            } else if (context.getCurrentName() != null) {
                parts.add(0, context.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.isEmpty() || part.startsWith("[") ? "" : ".").append(part);
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return "must be one of " + String.join(", ", values);
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "must be a date like 2025-03-31";
            case "Integer", "int", "Long", "long" -> "must be a whole number";
            case "Boolean", "boolean" -> "must be true or false";
            case "UUID" -> "must be a UUID";
            case "String" -> "must be text";
            case "List", "Collection", "Set" -> "must be a list";
            default -> "must be " + (type.isArray() ? "a list" : "an object");
        };
    }

    /** Bean Validation constraint names as rule identifiers: NotBlank becomes "required", Size "size". */
    static String ruleOf(String constraint) {
        if (constraint == null) {
            return "invalid";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            default -> constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        };
    }
}
