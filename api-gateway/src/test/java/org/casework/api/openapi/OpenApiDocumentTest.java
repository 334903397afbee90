package org.casework.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.ApiTest;
import org.casework.api.web.Created;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes every operation of the API: a summary and a description, a declared tag, the
 * success status the handler really answers (and no {@code 200} where it never does), and its errors as problem
 * documents. Each failure names the operation and what it lacks.
 */
class OpenApiDocumentTest extends ApiTest {

    /** The two writes answering a body of their own with 201 (the rest answer {@link Created} or nothing). */
    private static final Map<String, Integer> CREATED_WITH_BODY = Map.of(
            "UserController.create", 201,
            "MeController.enrol", 201);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

    private JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        document = anonymous.get("/v3/api-docs").expect(200).json();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), document.toPrettyString());
    }

    @Test
    void everyTagIsDeclaredWithADescriptionAndInTheOrderOfConcepts() {
        List<String> names = new ArrayList<>();
        document.get("tags").forEach(tag -> {
            names.add(tag.get("name").asText());
            assertThat(text(tag, "description")).as("description of tag %s", tag.get("name")).hasSizeGreaterThan(40);
        });
        assertThat(names).containsExactly(ApiTags.ALL.stream().map(tag -> tag.getName()).toArray(String[]::new));
    }

    @Test
    void everyOperationHasASummaryADescriptionAndADeclaredTag() {
        Set<String> declared = new HashSet<>();
        document.get("tags").forEach(tag -> declared.add(tag.get("name").asText()));
        List<String> missing = new ArrayList<>();
        operations().forEach((name, operation) -> {
            String summary = text(operation, "summary");
            if (summary.isBlank() || summary.length() > 80 || summary.contains("{file}")) {
                missing.add(name + ": summary '" + summary + "'");
            }
            String description = text(operation, "description");
            if (description.length() < 40 || description.contains("{file}")) {
                missing.add(name + ": description '" + description + "'");
            }
            JsonNode tags = operation.get("tags");
            if (tags == null || tags.size() != 1 || !declared.contains(tags.get(0).asText())) {
                missing.add(name + ": tags " + tags);
            }
        });
        assertThat(missing).isEmpty();
        assertThat(operations()).hasSizeGreaterThan(60);
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblemDocuments() {
        List<String> missing = new ArrayList<>();
        operations().forEach((name, operation) -> {
            JsonNode responses = operation.get("responses");
            boolean clientError = false;
            for (var codes = responses.fieldNames(); codes.hasNext(); ) {
                String code = codes.next();
                if (code.startsWith("4") || code.startsWith("5")) {
                    clientError |= code.startsWith("4");
                    JsonNode schema = responses.get(code).path("content").path("application/problem+json")
                            .path("schema");
                    if (!"#/components/schemas/Problem".equals(schema.path("$ref").asText())
                            || responses.get(code).get("content").size() != 1) {
                        missing.add(name + " " + code + ": not a problem document " + responses.get(code));
                    }
                    if (text(responses.get(code), "description").length() < 20) {
                        missing.add(name + " " + code + ": no description");
                    }
                }
            }
            if (!clientError) {
                missing.add(name + ": no 4xx");
            }
            if (!responses.has("401") || !responses.has("503")) {
                missing.add(name + ": 401 or 503 missing");
            }
        });
        assertThat(missing).isEmpty();
        JsonNode problem = document.at("/components/schemas/Problem/properties");
        assertThat(problem.fieldNames()).toIterable().contains("type", "title", "status", "detail", "instance",
                "correlationId", "errors");
        assertThat(document.at("/components/schemas/FieldError/properties").fieldNames()).toIterable()
                .containsExactly("field", "rule", "message");
    }

    /** The status each handler answers on success, read from its signature, is the one the document gives. */
    @Test
    void everyOperationDocumentsTheSuccessItReallyAnswersAndNo200WhereItNeverDoes() {
        Map<String, Set<Integer>> answered = new TreeMap<>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/")) {
                    for (RequestMethod verb : verbs(info)) {
                        answered.computeIfAbsent(verb.name().toLowerCase(Locale.ROOT) + " " + path,
                                key -> new HashSet<>()).add(success(method));
                    }
                }
            }
        });
        Map<String, JsonNode> operations = operations();
        assertThat(operations.keySet()).containsExactlyInAnyOrderElementsOf(answered.keySet());
        List<String> wrong = new ArrayList<>();
        answered.forEach((name, statuses) -> {
            JsonNode responses = operations.get(name).get("responses");
            Set<Integer> documented = new HashSet<>();
            responses.fieldNames().forEachRemaining(code -> {
                if (code.startsWith("2")) {
                    documented.add(Integer.parseInt(code));
                }
            });
            if (!documented.equals(statuses)) {
                wrong.add(name + ": answers " + statuses + ", documented " + documented);
            }
            if (statuses.contains(204) && responses.get("204").has("content")) {
                wrong.add(name + ": 204 with content");
            }
            if (statuses.contains(201) && text(responses.get("201"), "description").length() < 20) {
                wrong.add(name + ": 201 not described");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void theDocumentNamesTheLoginsAndDescribesTheService() {
        JsonNode schemes = document.at("/components/securitySchemes");
        assertThat(schemes.at("/basic/scheme").asText()).isEqualTo("basic");
        assertThat(schemes.at("/oneTimeCode/type").asText()).isEqualTo("apiKey");
        assertThat(schemes.at("/oneTimeCode/in").asText()).isEqualTo("header");
        assertThat(schemes.at("/oneTimeCode/name").asText()).isEqualTo("X-Casework-Otp");
        assertThat(schemes.at("/bearer/bearerFormat").asText()).isEqualTo("JWT");
        assertThat(document.get("security")).hasSize(3);
        assertThat(document.at("/info/description").asText()).contains("RFC 9457", "Idempotency-Key",
                "Casework-After", "not-yet-readable");
        assertThat(document.at("/info/version").asText()).isNotIn("0.1", "");
        assertThat(document.at("/paths/~1error").isMissingNode()).as("/error is no operation").isTrue();
    }

    private static Set<RequestMethod> verbs(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
    }

    /** 201 for what is created, 204 for a write answering nothing, a declared status, else 200. */
    private static int success(HandlerMethod method) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ResponseStatus.class);
        if (declared != null) {
            return declared.code().value();
        }
        ResolvableType type = ResolvableType.forMethodReturnType(method.getMethod());
        if (!ResponseEntity.class.equals(type.resolve())) {
            return 200;
        }
        Class<?> body = type.getGeneric(0).resolve();
        if (Void.class.equals(body)) {
            return 204;
        }
        if (Created.class.equals(body) || body.getSimpleName().equals("CreatedMany")) {
            return 201;
        }
        if (String.class.equals(body) || byte[].class.equals(body)) {
            // a file: CSV as text, XLSX as bytes
            return 200;
        }
        String name = method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
        Integer known = CREATED_WITH_BODY.get(name);
        assertThat(known).as("the success status of %s answering %s: add it to CREATED_WITH_BODY", name, body)
                .isNotNull();
        return known;
    }

    /** Every operation as "method path". */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(verb -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(verb.getKey())) {
                operations.put(verb.getKey() + " " + path.getKey(), verb.getValue());
            }
        }));
        return operations;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
