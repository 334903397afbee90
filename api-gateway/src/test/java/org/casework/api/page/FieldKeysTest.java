package org.casework.api.page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every name the API can put in a refusal's field path has its words in the bundle {@code messages/fields}, in
 * every language: found by reflection over the API's {@code @RestController} classes, the parameters they take
 * ({@code @RequestParam}, {@code @PathVariable}, {@code @RequestHeader}) and the fields of their request bodies, nested
 * ones too; a list of a body needs {@code field.<list>.item}, a map keyed by an enum a name per key
 * ({@code field.slots.MONDAY}). No key of the bundle names a field the API does not have.
 */
class FieldKeysTest {

    private static final String API = "org.casework.api";
    private static final List<String> LANGUAGES = List.of("", "_cs", "_hu");

    /**
     * Names a refusal gives that are no parameter or body field: the whole body (ProblemHandler), the query's
     * parameter names (StorableParameters), the headers of ReadYourWritesFilter and IdempotencyFilter, and
     * MeController's {@code twoFactor}.
     */
    private static final Set<String> OTHER_NAMES = Set.of("body", "parameters", "Casework-After", "Idempotency-Key",
            "twoFactor");

    /** The keys (without {@code field.}) that must exist. */
    private final Set<String> required = new TreeSet<>(OTHER_NAMES);
    /** The keys that may exist besides: {@code field.item} and a name under its parent. */
    private final Set<String> allowed = new TreeSet<>(Set.of("item"));

    @Test
    void everyNameTheApiCanRefuseHasItsWordsAndEveryKeyNamesOne() throws Exception {
        List<Class<?>> controllers = controllers();
        assertThat(controllers).hasSizeGreaterThanOrEqualTo(10);
        for (Class<?> controller : controllers) {
            for (Class<?> type = controller; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    for (Parameter parameter : method.getParameters()) {
                        parameter(parameter, method);
                    }
                }
            }
        }
        assertThat(required).contains("birthNumber", "givenOn", "durationMinutes", "monthlyAmount",
                "members.item", "incomes.item", "consultations.item", "slots.MONDAY", "addresses", "postalCode",
                "page", "size", "q", "colour", "days", "incomeBands", "clientId", "entry");
        allowed.addAll(required);

        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            String file = "messages/fields" + language + ".properties";
            Set<String> keys = keys(file);
            required.stream().filter(name -> !keys.contains(name))
                    .forEach(name -> problems.add(file + " misses field." + name));
            keys.stream().filter(key -> !allowed.contains(key))
                    .forEach(key -> problems.add(file + " has field." + key + ", which names no field of the API"));
        }
        assertThat(problems).isEmpty();
    }

    private static List<Class<?>> controllers() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<Class<?>> controllers = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(API)) {
            controllers.add(ClassUtils.forName(candidate.getBeanClassName(), FieldKeysTest.class.getClassLoader()));
        }
        return controllers;
    }

    private void parameter(Parameter parameter, Method method) {
        RequestParam param = parameter.getAnnotation(RequestParam.class);
        PathVariable path = parameter.getAnnotation(PathVariable.class);
        RequestHeader header = parameter.getAnnotation(RequestHeader.class);
        if (param != null) {
            required.add(nameOf(parameter, method, param.name(), param.value()));
        } else if (path != null) {
            required.add(nameOf(parameter, method, path.name(), path.value()));
        } else if (header != null) {
            required.add(nameOf(parameter, method, header.name(), header.value()));
        } else if (parameter.isAnnotationPresent(RequestBody.class)) {
            body(ResolvableType.forMethodParameter(
                    MethodParameter.forParameter(parameter)), null, 0);
        }
    }

    private static String nameOf(Parameter parameter, Method method, String name, String value) {
        if (!name.isEmpty()) {
            return name;
        }
        if (!value.isEmpty()) {
            return value;
        }
        assertThat(parameter.isNamePresent())
                .as("the name of a parameter of %s (compiled without -parameters?)", method).isTrue();
        return parameter.getName();
    }

    /** The JSON properties of a request body: a record's components, a class's public fields. */
    private void body(ResolvableType type, String parent, int depth) {
        Class<?> raw = type.resolve(Object.class);
        if (!raw.getName().startsWith(API + ".") || raw.isEnum() || raw.isInterface()) {
            return; // a value: text, number, day, UUID, code
        }
        assertThat(depth).as("depth of %s", raw).isLessThan(8);
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                property(component.getName(), ResolvableType.forType(component.getGenericType()), parent, depth);
            }
        } else {
            for (Field field : raw.getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    property(field.getName(), ResolvableType.forField(field), parent, depth);
                }
            }
        }
    }

    private void property(String name, ResolvableType resolved, String parent, int depth) {
        required.add(name);
        if (parent != null) {
            allowed.add(parent + "." + name);
        }
        Class<?> raw = resolved.resolve(Object.class);
        if (Collection.class.isAssignableFrom(raw)) {
            required.add(name + ".item");
            body(resolved.asCollection().getGeneric(0), name, depth + 1);
        } else if (Map.class.isAssignableFrom(raw)) {
            ResolvableType map = resolved.asMap();
            Class<?> key = map.getGeneric(0).resolve(Object.class);
            if (key.isEnum()) {
                for (Object constant : key.getEnumConstants()) {
                    required.add(name + "." + ((Enum<?>) constant).name());
                }
            }
            body(map.getGeneric(1), name, depth + 1);
        } else {
            body(resolved, name, depth + 1);
        }
    }

    /** The keys of a bundle file on the class path, without {@code field.}. */
    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FieldKeysTest.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            assertThat(key).as("a key of %s", file).startsWith("field.");
            keys.add(key.substring("field.".length()));
        }
        return keys;
    }
}
