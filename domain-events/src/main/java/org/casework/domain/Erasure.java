package org.casework.domain;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a value looks like once the personal data in it is erased: every {@link Personal} component replaced as that
 * annotation says, nested records and lists of records erased the same way, everything else kept. Read models use it
 * to erase what they hold so that it equals what a replay of the erased events produces.
 */
public final class Erasure {

    private static final Map<Class<?>, Boolean> HOLDS_PERSONAL_DATA = new ConcurrentHashMap<>();

    private Erasure() {
    }

    public static String text(String value) {
        return value == null ? null : Personal.ERASED;
    }

    public static List<String> texts(List<String> values) {
        return values == null ? null : values.stream().map(Erasure::text).toList();
    }

    /** The value with its personal data erased; a value without any is returned as it is. */
    @SuppressWarnings("unchecked")
    public static <T> T erase(T value) {
        if (value instanceof List<?> list) {
            return (T) list.stream().map(Erasure::erase).toList();
        }
        if (value instanceof Record record && holdsPersonalData(record.getClass())) {
            return (T) erasedRecord(record);
        }
        return value;
    }

    /**
     * A record as its own toString shows it, but every {@link Personal} component that holds a value as
     * {@code ***}; nested records show themselves (the ones holding personal data redact themselves too).
     */
    public static String redacted(Record record) {
        StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('[');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object value;
            try {
                value = components[i].getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + components[i], e);
            }
            boolean hidden = value != null && components[i].isAnnotationPresent(Personal.class);
            text.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=')
                    .append(hidden ? "***" : String.valueOf(value));
        }
        return text.append(']').toString();
    }

    /** Whether a record type has a personal component, directly or in a nested record or list of records. */
    public static boolean holdsPersonalData(Class<?> type) {
        if (!type.isRecord()) {
            return false;
        }
        Boolean known = HOLDS_PERSONAL_DATA.get(type);
        if (known != null) {
            return known;
        }
        boolean holds = false;
        for (RecordComponent component : type.getRecordComponents()) {
            holds |= component.isAnnotationPresent(Personal.class)
                    || holdsPersonalData(component.getType())
                    || holdsPersonalData(listElementType(component));
        }
        HOLDS_PERSONAL_DATA.put(type, holds);
        return holds;
    }

    /** The element class of a {@code List<X>} component, or Void when the component is not such a list. */
    public static Class<?> listElementType(RecordComponent component) {
        if (component.getType() == List.class
                && component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return Void.class;
    }

    private static Record erasedRecord(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object value = components[i].getAccessor().invoke(record);
                values[i] = components[i].isAnnotationPresent(Personal.class) ? erasedField(components[i], value)
                        : erase(value);
                types[i] = components[i].getType();
            }
            Constructor<? extends Record> constructor = record.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("cannot erase " + record.getClass().getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object erasedField(RecordComponent component, Object value) {
        Class<?> type = component.getType();
        if (type == String.class) {
            return text((String) value);
        }
        if (type == LocalDate.class) {
            return null;
        }
        if (type == List.class && listElementType(component) == String.class) {
            return texts((List<String>) value);
        }
        throw new IllegalStateException("@Personal on " + component + ": only String, LocalDate and List<String>");
    }
}
