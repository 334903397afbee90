package org.casework.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;

/**
 * The OpenAPI document at /v3/api-docs (Swagger UI at /swagger-ui.html): info, tags, logins, and the problem shape
 * that {@link CommonResponses} adds (springdoc drops schemas nothing refers to before the customizers run).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basic";
    static final String ONE_TIME_CODE = "oneTimeCode";
    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    static final String DESCRIPTION = """
            casework is an event-sourced case-management service for social-services organisations: caseworkers \
            keep their client files in it (clients, the families they live in, the engagements opened for them \
            and the consultations recorded into those engagements, status entries, contracts and individual \
            plans). Every change is stored as an immutable event with who made it, when and why; nothing is \
            edited in place, a mistake is corrected by a new event with a reason.

            **Logging in.** HTTP Basic against the users kept by the service; a user enrolled in two-factor login \
            also sends the current code in `X-Casework-Otp`. When an identity provider is configured, a bearer \
            JWT is accepted too. What a role may reach, and for a worker which files, is in README "Roles and \
            files": a file the caller may not see answers `404`, like one that does not exist.

            **Errors** are RFC 9457 `application/problem+json` documents (schema `Problem`) with the request's \
            `correlationId`; invalid input names each field by its path and the rule it breaks (`errors`). \
            `400 invalid-input`: the request cannot be read; `422 rule-violation`: a rule of the file is broken. \
            A refused request stores nothing.

            **Reading your own writes.** A `201` or `204` means the fact is durably stored in the event store. \
            The read models follow a few milliseconds later; the same caller's next reads wait for them (at most \
            2 s), another caller may send `Casework-After` with the `Casework-Position` a write answered. A file \
            that is stored but not yet readable answers `503 not-yet-readable` with `Retry-After: 1`, never `404`.

            **Retrying a write safely.** Every `POST` accepts an `Idempotency-Key` header: the same key with the \
            same request answers the stored result again (`Idempotent-Replayed: true`) and stores nothing twice; \
            with another request `422 idempotency-key-reused`; while the first is still handled \
            `409 idempotency-key-in-use`.

            Dates are ISO-8601 days (`2025-03-31`) in the organisation's time zone, ids are UUIDs, lists answer \
            `{items, total, page, size, hasMore}` with `page` from 0 and `size` 1–200.""";

    @Bean
    OpenAPI caseworkOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info().title("casework").version(properties == null ? "development" : properties.getVersion())
                        .description(DESCRIPTION))
                .tags(new ArrayList<>(ApiTags.ALL))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A user of the service (`app_user`), managed by ADMIN."))
                        .addSecuritySchemes(ONE_TIME_CODE, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Casework-Otp")
                                .description("The current six-digit code of the authenticator app, next to the "
                                        + "password, for users who enrolled in two-factor login (TOTP); the code of "
                                        + "the previous or next 30-second step is accepted too."))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Available only when an external identity provider is configured "
                                        + "(`spring.security.oauth2.resourceserver.jwt.issuer-uri`): the user name "
                                        + "and roles are read from the token's claims.")))
                .security(List.of(new SecurityRequirement().addList(BASIC),
                        new SecurityRequirement().addList(BASIC).addList(ONE_TIME_CODE),
                        new SecurityRequirement().addList(BEARER)));
    }

    @Bean
    GlobalOpenApiCustomizer commonResponses() {
        return new CommonResponses();
    }

    static Schema<?> fieldError() {
        return new ObjectSchema().description("One offending input.")
                .addProperty("field", new StringSchema().example("consultations[2].date")
                        .description("Its path as the request names it (a body field, a parameter or a header)."))
                .addProperty("rule", new StringSchema().example("not-in-future").description("The rule it breaks."))
                .addProperty("message", new StringSchema().example("must not be after today (2026-11-23)")
                        .description("A readable message."));
    }

    static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document; some problems add members of their own "
                        + "(`existingClientId`, `candidates`, `hiddenCandidates`, `mergedInto`).")
                .addProperty("type", new StringSchema().format("uri").example("urn:casework:problem:rule-violation")
                        .description("`urn:casework:problem:` and the kind: `invalid-input`, `rule-violation`, "
                                + "`not-found`, `conflict`, `file-erased`, `file-merged`, `not-yet-readable`, "
                                + "`database-unavailable`, `unauthorized`, `forbidden`, `too-many-requests` ..."))
                .addProperty("title", new StringSchema().example("A rule of the file is broken"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().example("consultations[2].date: must not be after today "
                        + "(2026-11-23)"))
                .addProperty("instance", new StringSchema().format("uri")
                        .example("/api/engagements/6f1c0a52-6d1e-4b8e-9f43-2a7d8f0c9b11/consultations/batch")
                        .description("The path of the request."))
                .addProperty("correlationId", new StringSchema().example("3f2b8c1e-2d4a-4c55-9a0e-7b1d6e5f4a3c")
                        .description("Quote it when asking for help; the request's `X-Correlation-Id`."))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(FIELD_ERROR))
                        .description("For `invalid-input` and `rule-violation` (and the duplicate `409`s): each "
                                + "offending input."))
                .addProperty("existingClientId", new StringSchema().format("uuid")
                        .description("`409 duplicate-birth-number`: the file holding the number, when the caller "
                                + "may see it."))
                .addProperty("candidates", new ArraySchema().items(new StringSchema().format("uuid"))
                        .description("`409 possible-duplicate`: the similar files the caller may see."))
                .addProperty("hiddenCandidates", new IntegerSchema()
                        .description("`409 possible-duplicate`: how many similar files the caller may not see."))
                .addProperty("mergedInto", new StringSchema().format("uuid")
                        .description("`410 file-merged`: the surviving file (also in `Location`)."));
    }
}
