package org.casework.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.casework.api.support.Api;
import org.casework.api.support.BirthNumbers;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.ReadModelRebuild;
import org.casework.api.support.ReadModelsCaughtUp;
import org.casework.api.support.Response;
import org.junit.jupiter.api.Test;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, "done when": for every write endpoint Spring knows, each field of a valid sample body is replaced by NUL,
 * other control characters, lone surrogates, extreme and year-0 dates, enum positions, coerced scalars and empty
 * text, each object gets a duplicate key and the body trailing garbage; every list endpoint gets overflowing paging
 * and NUL in each parameter. No answer is a 5xx, every refusal is problem+json naming the field, nothing is stored,
 * and the read models end caught up and equal to a rebuild. Own service: the rebuild empties shared tables.
 */
class InputFuzzTest extends OwnServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z_]+");
    /** Written as sent: lone surrogates and control characters escaped, so they reach the parser as they are. */
    private static final List<String> BAD_TEXTS = List.of("A\u0000B", "\u0007", "\u001b[31m", "a\rb", "\u007f",
            "\u0085", "x\uD800y", "\uDC00");
    /** Not escaped: a raw control character inside a JSON string is no JSON. */
    private static final String RAW_CONTROL = "RAW-CONTROL";

    private final LocalDate today = LocalDate.now(org.casework.api.support.ServiceWithMovableClock.PRAGUE);
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void noBadInputIsStoredOrAnsweredWithA5xxAndTheReadModelsStayRebuildable() {
        Api adam = as("adam");
        adam.put("/api/admin/settings", settings()).expect(200);
        Files proof = Files.create(this, "proof");
        Files target = Files.create(this, "target");
        Map<String, Sample> samples = samples();
        Map<String, HandlerMethod> writes = endpoints(true);
        assertThat(new TreeSet<>(writes.keySet())).as("write endpoints without a sample body")
                .isSubsetOf(samples.keySet());
        assertThat(new TreeSet<>(samples.keySet())).as("samples of endpoints that are gone")
                .isSubsetOf(writes.keySet());

        samples.forEach((endpoint, sample) -> {
            completeness(endpoint, sample, writes.get(endpoint));
            if (sample.provable()) {
                Response accepted = send(proof, endpoint, sample.body(proof).toString());
                if (accepted.status() >= 300) {
                    failures.add("sample of " + endpoint + " refused: " + accepted.status() + " " + accepted.body());
                }
            }
        });
        assertThat(failures).as("valid samples").isEmpty();

        ReadModelsCaughtUp.await(adam);
        long events = storedEvents();
        samples.forEach((endpoint, sample) -> mutations(sample.body(target), bodyType(writes.get(endpoint)),
                bodyRequired(writes.get(endpoint)), (body, field) -> refused(endpoint, send(target, endpoint, body),
                        field, body)));
        endpoints(false).forEach((endpoint, handler) -> parameters(target, endpoint, handler));
        assertThat(failures).as("%d bad requests sent", sent).isEmpty();
        assertThat(storedEvents()).as("events stored by bad requests").isEqualTo(events);

        ReadModelsCaughtUp.await(adam);
        Map<String, List<String>> live = ReadModelRebuild.dump(jdbc);
        assertThat(live.get("client_file")).hasSizeGreaterThanOrEqualTo(4);
        ReadModelRebuild.replayAll(adam);
        Map<String, List<String>> rebuilt = ReadModelRebuild.dump(jdbc);
        for (String table : live.keySet()) {
            assertThat(rebuilt.get(table)).as(table).containsExactlyElementsOf(live.get(table));
        }
    }

    // ---- the files the samples write into: one set proves the samples, the other takes the bad requests

    private record Files(UUID client, UUID member, UUID family, UUID engagement, UUID contract, UUID familyContract,
                         UUID consent, String user, String me, UUID spare, UUID consultation) {

        static Files create(InputFuzzTest test, String prefix) {
            Api carol = test.as("carol");
            Api adam = test.as("adam");
            UUID client = carol.post("/api/clients", Map.of("firstName", "Fuzz", "lastName", prefix,
                    "birthDate", "1985-03-15")).createdId();
            UUID member = carol.post("/api/clients", Map.of("firstName", "Member", "lastName", prefix,
                    "birthDate", "1990-03-15")).createdId();
            UUID family = carol.post("/api/families", Map.of("name", prefix + "ovi")).createdId();
            UUID engagement = carol.post("/api/clients/" + client + "/engagements",
                    Map.of("title", "Housing", "openedOn", test.today.toString())).createdId();
            UUID consultation = carol.post("/api/engagements/" + engagement + "/consultations",
                    Map.of("date", test.today.toString(), "kind", "PHONE", "durationMinutes", 10,
                            "place", "IN_OFFICE")).createdId();
            Map<String, Object> contract = Map.of("number", "K-" + prefix, "signedOn", test.today.toString(),
                    "validFrom", test.today.toString());
            UUID contractId = carol.post("/api/clients/" + client + "/contracts", contract).createdId();
            UUID familyContract = carol.post("/api/families/" + family + "/contracts", contract).createdId();
            UUID consent = carol.post("/api/clients/" + client + "/consents",
                    Map.of("givenOn", test.today.toString(), "scope", "ANY_WORKER")).createdId();
            String user = prefix + "-user-" + UUID.randomUUID().toString().substring(0, 6);
            String me = prefix + "-me-" + UUID.randomUUID().toString().substring(0, 6);
            for (String name : List.of(user, me)) {
                adam.post("/api/admin/users", Map.of("username", name, "password", name + "-password",
                        "roles", List.of("WORKER"))).expect(201);
            }
            UUID spare = carol.post("/api/clients", Map.of("firstName", "Second", "lastName", prefix,
                    "birthDate", "1985-03-15")).createdId();
            return new Files(client, member, family, engagement, contractId, familyContract, consent, user, me, spare,
                    consultation);
        }

        String path(String pattern) {
            boolean families = pattern.startsWith("/api/families");
            return pattern.replace("{id}", String.valueOf(families ? family : client))
                    .replace("{clientId}", client.toString()).replace("{familyId}", family.toString())
                    .replace("{engagementId}", engagement.toString())
                    .replace("{contractId}", String.valueOf(families ? familyContract : contract))
                    .replace("{consentId}", consent.toString()).replace("{entry}", "0").replace("{username}", user)
                    .replace("{consultationId}", consultation.toString())
                    .replace("{aggregateType}", "clients").replace("{name}", "client-files");
        }
    }

    private Api caller(Files files, String path) {
        if (path.startsWith("/api/me")) {
            return as(files.me()).as(files.me(), files.me() + "-password");
        }
        if (path.startsWith("/api/admin")) {
            return as("adam");
        }
        if (path.startsWith("/api/audit")) {
            return as("audrey");
        }
        return as(path.startsWith("/api/statistics") ? "dana" : "carol");
    }

    private Response send(Files files, String endpoint, String body) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = files.path(endpoint.substring(endpoint.indexOf(' ') + 1));
        return caller(files, path).send(method, path, body);
    }

    // ---- the samples: one valid body per write endpoint, every field given

    private record Sample(boolean provable, java.util.function.Function<Files, ObjectNode> bodyOf) {

        ObjectNode body(Files files) {
            return bodyOf.apply(files);
        }
    }

    private Map<String, Sample> samples() {
        String day = today.toString();
        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put("POST /api/clients", sample(f -> person().put("responsibleWorker", "carol")
                .put("confirmedDistinct", true).put("registeredOn", day)));
        samples.put("PUT /api/clients/{clientId}/personal-data", sample(f -> person()));
        samples.put("POST /api/clients/{clientId}/merge", sample(f -> object()
                .put("mergedClientId", f.spare().toString()).put("reason", "one person, two files")));
        samples.put("PUT /api/clients/{clientId}/application", sample(f -> object()
                .put("receivedOn", today.minusDays(10).toString()).put("acceptedOn", day)));
        samples.put("PUT /api/clients/{clientId}/requested-time-slots", sample(f -> {
            ObjectNode body = object().put("note", "mornings");
            body.putObject("slots").put("MONDAY", "8.00-10.00, 14.00-16.00");
            return body;
        }));
        for (String file : List.of("/api/clients/{id}", "/api/families/{id}")) {
            samples.put("POST " + file + "/statuses", sample(f -> object().put("status", "TERMINATED")
                    .put("effectiveDate", day).put("reason", "OTHER").put("reasonNote", "moved abroad")
                    .put("note", "told by phone")));
            samples.put("POST " + file + "/contracts", sample(f -> object().put("number", "K-2/" + UUID.randomUUID())
                    .put("signedOn", day).put("validFrom", day).put("validTo", today.plusYears(1).toString())));
            samples.put("POST " + file + "/contracts/{contractId}/end", sample(f -> object()
                    .put("endedOn", day).put("reason", "the client moved")));
            samples.put("PUT " + file + "/plan", sample(f -> {
                ObjectNode body = object().put("validFrom", day).put("reviewDue", today.plusMonths(6).toString());
                body.putArray("goals").add("a flat").add("a job");
                return body;
            }));
            samples.put("POST " + file + "/statuses/{entry}/error", sample(f -> object()
                    .put("reason", "recorded for the wrong client")));
            samples.put("POST " + file + "/contracts/{contractId}/correction", sample(f -> object()
                    .put("number", "K-3/" + UUID.randomUUID()).put("signedOn", day).put("validFrom", day)
                    .put("validTo", today.plusYears(1).toString()).put("reason", "number mistyped")));
            samples.put("POST " + file + "/contracts/{contractId}/void", sample(f -> object()
                    .put("reason", "signed by another client")));
        }
        samples.put("POST /api/clients/{clientId}/engagements", sample(f -> {
            ObjectNode body = object().put("title", "Debts").put("goal", "no debts").put("openedOn", day)
                    .put("responsibleWorker", "carol").put("problemTypeNote", "loans")
                    .put("peopleInvolved", 2).put("problemDescription", "three loans");
            body.putArray("problemTypes").add("LIVING_CONDITIONS");
            return body;
        }));
        samples.put("POST /api/engagements/{engagementId}/consultations", sample(f -> consultation()));
        samples.put("POST /api/engagements/{engagementId}/consultations/batch", sample(f -> {
            ObjectNode body = object();
            body.putArray("consultations").add(consultation()).add(consultation());
            return body;
        }));
        samples.put("POST /api/engagements/{engagementId}/closure", sample(f -> object().put("closedOn", day)
                .put("reason", "SUCCESSFUL").put("reasonNote", "done").put("followUp", true)
                .put("followUpAgreement", "call in a month")));
        // corrections (issue 20), in an order the proving engagement allows: it is closed by now
        samples.put("POST /api/engagements/{engagementId}/consultations/{consultationId}/correction",
                sample(f -> consultation().put("reason", "typed the wrong kind")));
        samples.put("POST /api/engagements/{engagementId}/consultations/{consultationId}/void",
                sample(f -> object().put("reason", "recorded twice")));
        samples.put("PUT /api/engagements/{engagementId}/details", sample(f -> {
            ObjectNode body = object().put("title", "Debts").put("goal", "no debts").put("problemTypeNote", "loans")
                    .put("peopleInvolved", 2).put("problemDescription", "three loans").put("reason", "more known");
            body.putArray("problemTypes").add("FINANCIAL");
            return body;
        }));
        samples.put("POST /api/engagements/{engagementId}/closure/correction", sample(f -> object()
                .put("closedOn", day).put("reason", "CONTACT_LOST").put("reasonNote", "gone").put("followUp", true)
                .put("followUpAgreement", "a letter").put("correctionReason", "wrong reason")));
        samples.put("POST /api/engagements/{engagementId}/reopening",
                sample(f -> object().put("reason", "closed by mistake")));
        samples.put("POST /api/families", sample(f -> {
            ObjectNode body = object().put("name", "Nováků").put("responsibleWorker", "carol").put("createdOn", day);
            body.set("address", address());
            return body;
        }));
        samples.put("POST /api/families/{familyId}/members", sample(f -> object()
                .put("clientId", f.member().toString()).put("relation", "CHILD").put("since", day)));
        samples.put("POST /api/clients/{clientId}/household-assessments", sample(f -> {
            ObjectNode body = object().put("assessedOn", day).put("peopleInDwelling", 2);
            ObjectNode member = body.putArray("members").addObject().put("name", "Petr").put("birthPlace", "Brno")
                    .put("birthDate", "2010-05-01").put("relation", "OTHER").put("relationNote", "nephew")
                    .put("tenure", "OTHER").put("tenureNote", "guest").put("connections", "school nearby");
            member.putArray("incomes").add(income());
            body.putArray("clientIncomes").add(income());
            return body;
        }));
        samples.put("PUT /api/admin/settings", sample(f -> JSON.valueToTree(settings())));
        samples.put("POST /api/clients/{clientId}/consents", sample(f -> {
            ObjectNode body = object().put("givenOn", day).put("validUntil", today.plusYears(1).toString())
                    .put("scope", "NAMED_WORKERS");
            body.putArray("workers").add("bob");
            return body;
        }));
        samples.put("POST /api/clients/{clientId}/consents/{consentId}/revocation",
                sample(f -> object().put("revokedOn", day)));
        samples.put("POST /api/clients/{clientId}/shares", sample(f -> object().put("worker", "bob")));
        samples.put("PUT /api/clients/{clientId}/responsible-worker", sample(f -> object().put("worker", "bob")));
        samples.put("PUT /api/families/{familyId}/responsible-worker", sample(f -> object().put("worker", "bob")));
        samples.put("POST /api/admin/users", sample(f -> {
            ObjectNode body = object().put("username", "u-" + UUID.randomUUID().toString().substring(0, 8))
                    .put("password", "a-long-enough-password");
            body.putArray("roles").add("WORKER");
            return body;
        }));
        samples.put("PUT /api/admin/users/{username}/roles", sample(f -> {
            ObjectNode body = object();
            body.putArray("roles").add("WORKER").add("COORDINATOR");
            return body;
        }));
        samples.put("PUT /api/admin/users/{username}/password", sample(f -> object()
                .put("currentPassword", f.user() + "-password").put("password", "another-long-password")));
        samples.put("PUT /api/me/password", sample(f -> object().put("currentPassword", f.me() + "-password")
                .put("password", f.me() + "-password")));
        // the code comes from an authenticator app: not provable here, the bad forms are refused all the same
        samples.put("POST /api/me/two-factor/confirmation", new Sample(false, f -> object().put("code", "123456")));
        // last: it erases the proving file
        samples.put("POST /api/admin/clients/{clientId}/erasure", sample(f -> object().put("reason", "request 1")));
        return samples;
    }

    private static Sample sample(java.util.function.Function<Files, ObjectNode> body) {
        return new Sample(true, body);
    }

    private static ObjectNode object() {
        return NODES.objectNode();
    }

    private static ObjectNode person() {
        ObjectNode body = object().put("firstName", "Jana").put("lastName", "Dvořáková").put("titleBefore", "Mgr.")
                .put("titleAfter", "Ph.D.").put("birthDate", "1985-03-15")
                .put("birthNumber", BirthNumbers.next("855315"))
                .put("birthPlace", "Brno");
        ObjectNode addresses = body.putObject("addresses");
        addresses.set("permanent", address());
        addresses.set("actual", address());
        addresses.set("correspondence", address());
        body.putObject("contacts").put("phone", "+420 222 333 444").put("mobile", "+420 601 234 567")
                .put("email", "jana@example.cz");
        return body;
    }

    private static ObjectNode address() {
        return object().put("street", "Dlouhá").put("houseNumber", "12").put("city", "Praha")
                .put("postalCode", "110 00");
    }

    private ObjectNode consultation() {
        ObjectNode body = object().put("date", today.toString()).put("kind", "MEETING").put("durationMinutes", 45)
                .put("place", "ELSEWHERE").put("placeNote", "café").put("worker", "carol")
                .put("record", "line one\r\nline two\ttabbed").put("travelMinutes", 10);
        body.putArray("participants").add("mother");
        return body;
    }

    private static ObjectNode income() {
        return object().put("type", "WORK").put("kind", "WAGES").put("kindNote", "part time")
                .put("monthlyAmount", 20000);
    }

    private static Map<String, Object> settings() {
        return Map.of("statusMode", "MANUAL", "contactedStateUsed", false, "noContactDays", 90,
                "consultationGapDays", 30, "openEngagementDays", 365, "statusSharedWithFamily", false);
    }

    // ---- Spring's own list of endpoints, so a new one cannot be forgotten

    /** {@code "METHOD /pattern"} of every API endpoint with a request body ({@code writes}) or with parameters. */
    private Map<String, HandlerMethod> endpoints(boolean writes) {
        RequestMappingHandlerMapping mapping = service.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        Map<String, HandlerMethod> endpoints = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            boolean hasBody = bodyType(handler) != null;
            boolean hasParameters = List.of(handler.getMethodParameters()).stream()
                    .anyMatch(p -> p.hasParameterAnnotation(RequestParam.class));
            if (writes ? !hasBody : hasBody || !hasParameters) {
                continue;
            }
            for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                for (String pattern : entry.getKey().getPatternValues()) {
                    if (pattern.startsWith("/api/")) {
                        endpoints.putIfAbsent(method + " " + pattern, handler);
                    }
                }
            }
        }
        return endpoints;
    }

    private static boolean bodyRequired(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestBody body = parameter.getParameterAnnotation(RequestBody.class);
            if (body != null) {
                return body.required();
            }
        }
        return false;
    }

    private static Class<?> bodyType(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    /** Every field of the body's type is in its sample, so every field is fuzzed. */
    private void completeness(String endpoint, Sample sample, HandlerMethod handler) {
        List<String> missing = new ArrayList<>();
        missing(bodyType(handler), sample.body(new Files(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "u", "m",
                UUID.randomUUID(), UUID.randomUUID())), "", missing);
        if (!missing.isEmpty()) {
            failures.add(endpoint + ": the sample lacks " + missing);
        }
    }

    private static void missing(Type type, JsonNode sample, String path, List<String> missing) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            if (sample != null && sample.size() > 0) {
                missing(element, sample.get(0), path + "[0]", missing);
            }
            return;
        }
        if (!raw.getName().startsWith("org.casework") || raw.isEnum()) {
            return;
        }
        for (Field field : fields(raw)) {
            String name = path.isEmpty() ? field.getName() : path + "." + field.getName();
            JsonNode value = sample == null ? null : sample.get(field.getName());
            if (value == null || value.isNull()) {
                missing.add(name);
            } else {
                missing(field.getGenericType(), value, name, missing);
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    // ---- the bad bodies

    private interface Mutation {
        void send(String body, String expectedField);
    }

    private void mutations(ObjectNode sample, Class<?> bodyType, boolean bodyRequired, Mutation send) {
        leaves(sample, "", (leaf) -> {
            for (Object bad : badValues(leaf.value(), required(bodyType, leaf.path()))) {
                JsonNode mutated = sample.deepCopy();
                leaf.replace(mutated, bad == null ? NODES.nullNode() : JSON.valueToTree(bad));
                String body = render(mutated);
                boolean raw = RAW_CONTROL.equals(bad);
                send.send(raw ? body.replace(RAW_CONTROL, "A\u0001B") : body, raw ? "body" : leaf.path());
            }
        });
        objects(sample, "", (path) -> send.send(duplicateFirstKey(sample, path), path));
        String body = render(sample);
        send.send(body + " {}", "body");
        send.send(body + " x", "body");
        send.send(body + "]", "body");
        send.send("[" + body + "]", "body");
        send.send(body.substring(0, body.length() - 1), "body");
        if (bodyRequired) {
            send.send("", "body");
        }
    }

    private List<Object> badValues(JsonNode value, boolean required) {
        List<Object> bad = new ArrayList<>();
        if (value.isBoolean()) {
            bad.addAll(List.of("true", 1, "", "yes"));
        } else if (value.isNumber()) {
            bad.addAll(List.of("45", 45.5, "", true, 99999999999L));
        } else if (DATE.matcher(value.asText()).matches()) {
            bad.addAll(List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", List.of(2026, 11, 20),
                    "2026-11-20T10:00:00", 20261120, "", "2026-02-30", "0001-01-01", "9999-12-31"));
        } else if (ENUM.matcher(value.asText()).matches()) {
            bad.addAll(List.of(0, 3, "3", "", value.asText().toLowerCase()));
        } else {
            bad.addAll(BAD_TEXTS);
            bad.addAll(List.of(RAW_CONTROL, 12, true));
            if (required) {
                bad.add("");
            }
        }
        return bad;
    }

    /** Whether the body's type refuses the absence of the value at {@code path}: "" there must be refused too. */
    private static boolean required(Type type, String path) {
        Type current = type;
        Field field = null;
        for (String part : path.split("\\.")) {
            String name = part.replaceAll("\\[\\d+]", "");
            Class<?> raw = current instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) current;
            field = fields(raw).stream().filter(f -> f.getName().equals(name)).findFirst().orElse(null);
            if (field == null) {
                return false;
            }
            current = field.getGenericType();
            for (int i = part.indexOf('['); i >= 0; i = part.indexOf('[', i + 1)) {
                current = ((ParameterizedType) current).getActualTypeArguments()[0];
                field = null;
            }
        }
        return field != null && (field.isAnnotationPresent(NotBlank.class) || field.isAnnotationPresent(NotNull.class)
                || field.isAnnotationPresent(NotEmpty.class));
    }

    private record Leaf(String path, JsonNode value, List<Object> steps) {

        void replace(JsonNode root, JsonNode with) {
            JsonNode parent = root;
            for (Object step : steps.subList(0, steps.size() - 1)) {
                parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
            }
            Object last = steps.get(steps.size() - 1);
            if (last instanceof Integer index) {
                ((ArrayNode) parent).set(index, with);
            } else {
                ((ObjectNode) parent).set((String) last, with);
            }
        }
    }

    private static void leaves(JsonNode node, String path, Consumer<Leaf> each) {
        leaves(node, path, new ArrayList<>(), each);
    }

    private static void leaves(JsonNode node, String path, List<Object> steps, Consumer<Leaf> each) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                List<Object> next = new ArrayList<>(steps);
                next.add(field.getKey());
                leaves(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), next, each);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> next = new ArrayList<>(steps);
                next.add(i);
                leaves(node.get(i), path + "[" + i + "]", next, each);
            }
        } else {
            each.accept(new Leaf(path, node, steps));
        }
    }

    /** The path of each object's first field, the one a duplicate is given to. */
    private static void objects(JsonNode node, String path, Consumer<String> each) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            if (names.hasNext()) {
                String first = names.next();
                each.accept(path.isEmpty() ? first : path + "." + first);
            }
            node.fields().forEachRemaining(field -> objects(field.getValue(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey(), each));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                objects(node.get(i), path + "[" + i + "]", each);
            }
        }
    }

    private static String duplicateFirstKey(JsonNode root, String path) {
        return render(root, "", path);
    }

    private static String render(JsonNode node) {
        return render(node, "", null);
    }

    /** JSON text with every non-ASCII character escaped; the object's first field at {@code duplicate} twice. */
    private static String render(JsonNode node, String path, String duplicate) {
        if (node.isObject()) {
            StringBuilder json = new StringBuilder("{");
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                String rendered = quote(field.getKey()) + ":" + render(field.getValue(), fieldPath, duplicate);
                json.append(first ? "" : ",").append(rendered);
                if (first && fieldPath.equals(duplicate)) {
                    json.append(",").append(rendered);
                }
                first = false;
            }
            return json.append("}").toString();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(render(node.get(i), path + "[" + i + "]", duplicate));
            }
            return "[" + String.join(",", items) + "]";
        }
        return node.isTextual() ? quote(node.asText()) : node.toString();
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private void refused(String endpoint, Response response, String field, String body) {
        sent++;
        String what = endpoint + " with " + body + " -> " + response.status() + " " + response.body();
        if (response.status() < 400 || response.status() >= 500) {
            failures.add("not refused as bad input: " + what);
            return;
        }
        String type = response.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            failures.add("not problem+json: " + what);
            return;
        }
        List<String> fields = response.errors().stream().map(e -> e.substring(0, e.lastIndexOf('/'))).toList();
        if (!fields.contains(field)) {
            failures.add("does not name " + field + ": " + what);
        }
    }

    // ---- the bad parameters of every endpoint that takes any

    private void parameters(Files files, String endpoint, HandlerMethod handler) {
        Map<String, String> valid = new LinkedHashMap<>();
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            String name = param.name().isEmpty() ? param.value().isEmpty() ? parameter.getParameterName()
                    : param.value() : param.name();
            types.put(name, parameter.getParameterType());
            valid.put(name, validValue(parameter.getParameterType(), files));
        }
        types.forEach((name, type) -> {
            List<String> bad = new ArrayList<>(List.of("%00", "a%00b", "%07", "%0D"));
            if (type == LocalDate.class) {
                bad.addAll(List.of("0000-01-01", "%2B999999999-12-31", "-999999999-01-01", "2026-11-20T10:00"));
            } else if (type == int.class || type == Integer.class) {
                bad.addAll(List.of("2147483647", "21474837", "-1", "99999999999", "1e3"));
            }
            for (String value : bad) {
                Map<String, String> query = new LinkedHashMap<>(valid);
                query.put(name, value);
                if (name.equals("page") && value.equals("21474837")) {
                    query.put("size", "200");
                }
                String method = endpoint.substring(0, endpoint.indexOf(' '));
                String path = files.path(endpoint.substring(endpoint.indexOf(' ') + 1)) + "?" + String.join("&",
                        query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
                refused(endpoint, caller(files, path).send(method, path, null), name, "?" + name + "=" + value);
            }
        });
    }

    private String validValue(Class<?> type, Files files) {
        if (type == LocalDate.class) {
            return today.toString();
        }
        if (type == UUID.class) {
            return files.client().toString();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        if (type == int.class || type == Integer.class) {
            return "1";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (List.class.isAssignableFrom(type)) {
            return "0";
        }
        return "carol";
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
