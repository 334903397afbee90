package org.casework.api.erasure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.Aead;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The event serializer: Jackson, with every {@link org.casework.domain.Personal} field encrypted by the key of the
 * file the event belongs to (crypto-shredding). Each field is bound to its file by the associated data, so a value
 * copied into another file's event does not decrypt. Values stored in clear before this existed are read as they are.
 */
public class PersonalDataSerializer implements Serializer {

    private final Serializer delegate;
    private final ObjectMapper json;
    private final PersonalDataKeys keys;
    private final Map<Class<?>, PersonalFields> fields = new ConcurrentHashMap<>();

    public PersonalDataSerializer(Serializer delegate, ObjectMapper json, PersonalDataKeys keys) {
        this.delegate = delegate;
        this.json = json;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        PersonalFields personal = object == null ? null : fieldsOf(object.getClass());
        if (personal == null || personal.isEmpty()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = json.valueToTree(object);
        UUID file = personal.subject(tree, object.getClass());
        Aead key = keys.forEncryption(file);
        personal.encrypt(tree, text -> encrypt(key, file, text));
        try {
            SerializedObject<byte[]> bytes = new SimpleSerializedObject<>(json.writeValueAsBytes(tree),
                    byte[].class, typeForClass(object.getClass()));
            return delegate.getConverter().convert(bytes, expectedRepresentation);
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write " + object.getClass().getName(), e);
        }
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        PersonalFields personal = UnknownSerializedType.class.equals(type) ? null : fieldsOf(type);
        if (personal == null || personal.isEmpty()) {
            return delegate.deserialize(serializedObject);
        }
        // a tree handed in by an upcaster may be shared; one parsed here from bytes is ours to change
        JsonNode stored = delegate.getConverter().convert(serializedObject, JsonNode.class).getData();
        ObjectNode tree = (ObjectNode) (JsonNode.class.isAssignableFrom(serializedObject.getContentType())
                ? stored.deepCopy() : stored);
        UUID file = personal.subject(tree, type);
        Optional<UnaryOperator<String>> plain = keys.forDecryption(file).map(key -> text -> decrypt(key, file, text));
        personal.decrypt(tree, plain);
        return delegate.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, serializedObject.getType()));
    }

    private PersonalFields fieldsOf(Class<?> type) {
        return fields.computeIfAbsent(type, PersonalFields::of);
    }

    private static String encrypt(Aead key, UUID file, String text) {
        try {
            byte[] sealed = key.encrypt(text.getBytes(StandardCharsets.UTF_8), associatedData(file));
            return Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new SerializationException("cannot encrypt personal data of " + file, e);
        }
    }

    private static String decrypt(Aead key, UUID file, String sealed) {
        try {
            byte[] text = key.decrypt(Base64.getDecoder().decode(sealed), associatedData(file));
            return new String(text, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SerializationException("personal data of " + file + " does not decrypt with its key", e);
        }
    }

    private static byte[] associatedData(UUID file) {
        return file.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
