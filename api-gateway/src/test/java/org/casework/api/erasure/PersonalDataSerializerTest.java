package org.casework.api.erasure;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.casework.api.support.ApiTest;
import org.casework.domain.ClientEvent;
import org.casework.domain.Erasure;
import org.casework.domain.FamilyEvent;
import org.casework.domain.Personal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every event type of the domain, filled with distinct values: stored, its personal values are nowhere in the
 * JSON; read back with the key, it is the same event; read back after the key is destroyed, it is exactly what
 * {@link Erasure} says (the rule the read models erase their copies by).
 */
class PersonalDataSerializerTest extends ApiTest {

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer events;
    @Autowired
    private PersonalDataKeys keys;

    @Test
    void everyPersonalFieldIsEncryptedAndErasedAsErasureSays() throws Exception {
        List<Class<?>> eventTypes = eventTypes();
        assertThat(eventTypes).hasSizeGreaterThan(20);
        int withPersonalData = 0;
        for (Class<?> type : eventTypes) {
            Sample sample = new Sample();
            Object event = sample.of(type);
            SerializedObject<byte[]> stored = events.serialize(event, byte[].class);
            String json = new String(stored.getData(), StandardCharsets.UTF_8);
            for (String personal : sample.personalTexts) {
                assertThat(json).as(type.getSimpleName()).doesNotContain(personal);
            }
            assertThat((Object) events.deserialize(stored)).as(type.getSimpleName()).isEqualTo(event);
            if (Erasure.holdsPersonalData(type)) {
                withPersonalData++;
                keys.destroy(fileOf(event), "test");
                assertThat((Object) events.deserialize(stored)).as(type.getSimpleName())
                        .isEqualTo(Erasure.erase(event)).isNotEqualTo(event);
            }
        }
        assertThat(withPersonalData).isGreaterThan(10);
    }

    @Test
    void personalDataOnlyInEventsOfAFile() {
        for (Class<?> type : eventTypes()) {
            if (Erasure.holdsPersonalData(type)) {
                assertThat(ClientEvent.class.isAssignableFrom(type) || FamilyEvent.class.isAssignableFrom(type))
                        .as(type.getSimpleName() + " names the client or family whose key protects it").isTrue();
            }
        }
    }

    private static UUID fileOf(Object event) {
        return event instanceof ClientEvent client ? client.clientId() : ((FamilyEvent) event).familyId();
    }

    private static List<Class<?>> eventTypes() {
        List<Class<?>> types = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.casework.domain")) {
            Class<?> loaded = type.reflect();
            if (loaded.isRecord() && (ClientEvent.class.isAssignableFrom(loaded)
                    || FamilyEvent.class.isAssignableFrom(loaded) || loaded.getSimpleName().endsWith("Changed"))) {
                types.add(loaded);
            }
        }
        return types;
    }

    /** Builds a record with every field set to a distinct value; remembers the personal texts it used. */
    private static final class Sample {
        private final List<String> personalTexts = new ArrayList<>();
        private int counter;

        Object of(Class<?> type) throws Exception {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = value(components[i].getType(), components[i].getGenericType(),
                        components[i].isAnnotationPresent(Personal.class));
            }
            return type.getDeclaredConstructor(types).newInstance(values);
        }

        private Object value(Class<?> type, Type generic, boolean personal) throws Exception {
            counter++;
            if (type == String.class) {
                String text = (personal ? "personal-" : "plain-") + counter;
                if (personal) {
                    personalTexts.add(text);
                }
                return text;
            }
            if (type == LocalDate.class) {
                LocalDate date = LocalDate.of(1950, 1, 1).plusDays(counter * 37L);
                if (personal) {
                    personalTexts.add(date.toString());
                }
                return date;
            }
            if (type == List.class) {
                Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
                return List.of(value((Class<?>) element, element, personal), value((Class<?>) element, element,
                        personal));
            }
            if (type == Map.class) {
                return Map.of();
            }
            if (type == UUID.class) {
                return UUID.randomUUID();
            }
            if (type == int.class || type == Integer.class) {
                return counter;
            }
            if (type == long.class || type == Long.class) {
                return (long) counter;
            }
            if (type == boolean.class || type == Boolean.class) {
                return true;
            }
            if (type == BigDecimal.class) {
                return BigDecimal.valueOf(counter);
            }
            if (type == LocalTime.class) {
                return LocalTime.of(counter % 24, 0);
            }
            if (type.isEnum()) {
                Object[] constants = type.getEnumConstants();
                return constants[counter % constants.length];
            }
            if (type.isRecord()) {
                return of(type);
            }
            throw new IllegalStateException("no sample for " + type);
        }
    }
}
