package org.casework.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import java.util.Map;
import java.util.TreeMap;

/**
 * What every operation shares, added once here rather than on seventy methods: the errors any request can meet
 * (login, role, unreadable input, outages), the headers of idempotent writes and of reading one's own writes, and
 * every error answered as {@code application/problem+json}. An operation's own {@code @ApiResponse} of a status
 * wins over the general text. A status entry's, contract's or plan's operations are written once for both kinds of
 * file: {@code {file}} in their texts becomes "client" or "family" by the path.
 */
class CommonResponses implements GlobalOpenApiCustomizer {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String FILE = "{file}";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(OpenApiConfiguration.FIELD_ERROR, OpenApiConfiguration.fieldError())
                .addSchemas(OpenApiConfiguration.PROBLEM, OpenApiConfiguration.problem());
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> complete(path, method, operation)));
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation) {
        String file = path.startsWith("/api/families/") ? "family" : "client";
        if (operation.getSummary() != null) {
            operation.setSummary(operation.getSummary().replace(FILE, file));
        }
        if (operation.getDescription() != null) {
            operation.setDescription(operation.getDescription().replace(FILE, file));
        }
        boolean write = method != PathItem.HttpMethod.GET;
        if (method == PathItem.HttpMethod.POST && !hasHeader(operation, "Idempotency-Key")) {
            operation.addParametersItem(new Parameter().in("header").name("Idempotency-Key").required(false)
                    .schema(new StringSchema().maxLength(255))
                    .description("Makes the request safe to repeat: the same key with the same request answers the "
                            + "stored result again and stores nothing twice (README \"Retrying a write safely\")."));
        }
        if (method == PathItem.HttpMethod.GET && !hasHeader(operation, "Casework-After")) {
            operation.addParametersItem(new Parameter().in("header").name("Casework-After").required(false)
                    .schema(new IntegerSchema().format("int64"))
                    .description("Wait (at most 2 s) until the read models have applied this event-store position, "
                            + "e.g. another caller's `Casework-Position`."));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        successes(responses, write && storesEvents(path));
        boolean input = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || operation.getRequestBody() != null;
        boolean fileOfAClient = path.startsWith("/api/clients/{") || path.startsWith("/api/engagements/{");
        if (input) {
            common(responses, "400", "The request cannot be read (`invalid-input`): malformed JSON, an unknown or "
                    + "missing field, a wrong type, a bad date, parameter or header; `errors` name each field and "
                    + "rule. Nothing is stored.");
        }
        common(responses, "401", "Not logged in, or the login failed (always the same answer, whatever the reason).");
        if (!path.startsWith("/api/me")) {
            common(responses, "403", "The caller's role does not allow this request.");
        }
        if (path.contains("{")) {
            common(responses, "404", "No such file or record, or one the caller may not see (a file a worker may "
                    + "not see answers like one that does not exist).");
        }
        if (write) {
            common(responses, "409", "A concurrent write to the same file won and the retry lost too: repeat the "
                    + "request. For a `POST` with `Idempotency-Key` also `idempotency-key-in-use` (the first request "
                    + "is still being handled; `Retry-After: 1`).");
        }
        if (fileOfAClient && (write || path.startsWith("/api/clients/{"))) {
            common(responses, "410", "The client file was erased and takes no more writes (`file-erased`), or was "
                    + "merged into another file (`file-merged`: `mergedInto` and `Location` name the survivor).");
        }
        if (operation.getRequestBody() != null || method == PathItem.HttpMethod.POST) {
            common(responses, "422", "A rule is broken (`rule-violation`, `errors` name the field and the rule), "
                    + "e.g. text with a control character or a date outside its field's range; for a keyed `POST` "
                    + "also `idempotency-key-reused` (the key was used for another request). Nothing is stored.");
        }
        common(responses, "429", "This source failed to log in too often: wait the seconds in `Retry-After` "
                + "(the password is not even checked meanwhile).");
        common(responses, "503", write
                ? "The database cannot be reached (`database-unavailable`): repeat after `Retry-After` seconds."
                : "The database cannot be reached (`database-unavailable`, `Retry-After: 5`), or the file is stored "
                        + "but the read models have not applied it yet (`not-yet-readable`, `Retry-After: 1`).");
        problems(responses);
        operation.setResponses(sorted(responses));
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "header".equals(parameter.getIn()) && name.equals(parameter.getName()));
    }

    /** Users, logins and rebuilds are kept outside the event store: their writes have no position. */
    private static boolean storesEvents(String path) {
        return !path.startsWith("/api/me") && !path.startsWith("/api/admin/users")
                && !path.startsWith("/api/admin/projections");
    }

    /** A write that answers 201, 202 or 204 never answers 200; a 204 has no body; writes name their position. */
    private static void successes(ApiResponses responses, boolean write) {
        if (responses.containsKey("201") || responses.containsKey("202") || responses.containsKey("204")) {
            responses.remove("200");
        }
        ApiResponse noContent = responses.get("204");
        if (noContent != null) {
            noContent.setContent(null);
        }
        if (write) {
            responses.forEach((code, response) -> {
                if (code.startsWith("2")) {
                    response.addHeaderObject("Casework-Position", new Header().schema(new IntegerSchema()
                            .format("int64")).description("The event-store position of the newest event the "
                            + "write stored; send it as `Casework-After` to read it from another node."));
                }
            });
        }
    }

    private static void common(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description));
        }
        if (status.equals("429") || status.equals("503")) {
            responses.get(status).addHeaderObject("Retry-After", new Header().schema(new IntegerSchema())
                    .description("Seconds to wait before repeating the request."));
        }
    }

    /** Every error is a problem document, whatever springdoc guessed from the method's return type. */
    private static void problems(ApiResponses responses) {
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref(OpenApiConfiguration.PROBLEM))));
            }
        });
    }

    private static ApiResponses sorted(ApiResponses responses) {
        Map<String, ApiResponse> byStatus = new TreeMap<>(responses);
        ApiResponses ordered = new ApiResponses();
        byStatus.forEach(ordered::addApiResponse);
        ordered.setExtensions(responses.getExtensions());
        return ordered;
    }
}
