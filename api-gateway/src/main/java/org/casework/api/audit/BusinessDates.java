package org.casework.api.audit;

import org.casework.domain.Personal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The business dates of an event: its date fields and those of its nested records, personal dates left out. */
final class BusinessDates {

    private BusinessDates() {
    }

    static Map<String, LocalDate> of(Object event) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        collect(event, "", dates);
        return dates;
    }

    private static void collect(Object value, String prefix, Map<String, LocalDate> into) {
        if (!(value instanceof Record record)) {
            return;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.isAnnotationPresent(Personal.class)) {
                continue;
            }
            Object field = read(component, record);
            if (field instanceof LocalDate date) {
                into.put(prefix + component.getName(), date);
            } else if (field instanceof Record nested) {
                collect(nested, prefix + component.getName() + ".", into);
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
