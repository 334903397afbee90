package org.casework.api.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.casework.domain.ClientEvent;
import org.casework.domain.Erasure;
import org.casework.domain.FamilyEvent;
import org.casework.domain.Personal;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Where the {@link Personal} fields of one event type are in its JSON, and whose they are: the client's for a
 * {@link ClientEvent}, the family's for a {@link FamilyEvent}. Encrypts them field by field; decrypts them, or, when
 * the key is gone, writes what {@link Personal} says an erased field reads as.
 */
final class PersonalFields {

    static final String ENCRYPTED = "enc:v1:";

    private enum Kind { TEXT, DATE, TEXTS, RECORD, RECORDS }

    private record Field(String name, Kind kind, PersonalFields nested) {
    }

    private final List<Field> fields;
    private final String subjectField;

    private PersonalFields(List<Field> fields, String subjectField) {
        this.fields = fields;
        this.subjectField = subjectField;
    }

    static PersonalFields of(Class<?> type) {
        return new PersonalFields(fieldsOf(type), subjectFieldOf(type));
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The file whose key protects this event's personal data. */
    UUID subject(JsonNode event, Class<?> type) {
        JsonNode id = subjectField == null ? null : event.get(subjectField);
        if (id == null || !id.isTextual()) {
            throw new IllegalStateException(type.getName() + " holds personal data but names no client or family");
        }
        return UUID.fromString(id.asText());
    }

    void encrypt(ObjectNode node, UnaryOperator<String> cipher) {
        visit(node, (kind, value) -> value.isTextual() && !value.asText().startsWith(ENCRYPTED)
                ? TextNode.valueOf(ENCRYPTED + cipher.apply(value.asText())) : value);
    }

    /** {@code plain} is empty when the key is destroyed: the field then reads as erased. */
    void decrypt(ObjectNode node, Optional<UnaryOperator<String>> plain) {
        visit(node, (kind, value) -> {
            if (!value.isTextual() || !value.asText().startsWith(ENCRYPTED)) {
                return value;
            }
            if (plain.isPresent()) {
                return TextNode.valueOf(plain.get().apply(value.asText().substring(ENCRYPTED.length())));
            }
            return kind == Kind.DATE ? NullNode.getInstance() : TextNode.valueOf(Personal.ERASED);
        });
    }

    private interface Leaf {
        JsonNode apply(Kind kind, JsonNode value);
    }

    private void visit(ObjectNode node, Leaf leaf) {
        for (Field field : fields) {
            JsonNode value = node.get(field.name());
            if (value == null || value.isNull()) {
                continue;
            }
            switch (field.kind()) {
                case TEXT, DATE -> node.set(field.name(), leaf.apply(field.kind(), value));
                case TEXTS -> eachElement(value, element -> leaf.apply(Kind.TEXT, element));
                case RECORD -> {
                    if (value instanceof ObjectNode object) {
                        field.nested().visit(object, leaf);
                    }
                }
                case RECORDS -> eachElement(value, element -> {
                    if (element instanceof ObjectNode object) {
                        field.nested().visit(object, leaf);
                    }
                    return element;
                });
            }
        }
    }

    private static void eachElement(JsonNode array, UnaryOperator<JsonNode> change) {
        if (array instanceof ArrayNode elements) {
            for (int i = 0; i < elements.size(); i++) {
                elements.set(i, change.apply(elements.get(i)));
            }
        }
    }

    private static List<Field> fieldsOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (!type.isRecord()) {
            return fields;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> element = Erasure.listElementType(component);
            if (component.isAnnotationPresent(Personal.class)) {
                fields.add(new Field(component.getName(), personalKind(component, element), null));
            } else if (Erasure.holdsPersonalData(component.getType())) {
                fields.add(new Field(component.getName(), Kind.RECORD, of(component.getType())));
            } else if (Erasure.holdsPersonalData(element)) {
                fields.add(new Field(component.getName(), Kind.RECORDS, of(element)));
            }
        }
        return List.copyOf(fields);
    }

    private static Kind personalKind(RecordComponent component, Class<?> element) {
        if (component.getType() == String.class) {
            return Kind.TEXT;
        }
        if (component.getType() == LocalDate.class) {
            return Kind.DATE;
        }
        if (element == String.class) {
            return Kind.TEXTS;
        }
        throw new IllegalStateException("@Personal on " + component + ": only String, LocalDate and List<String>");
    }

    private static String subjectFieldOf(Class<?> type) {
        if (ClientEvent.class.isAssignableFrom(type)) {
            return "clientId";
        }
        if (FamilyEvent.class.isAssignableFrom(type)) {
            return "familyId";
        }
        return null;
    }
}
