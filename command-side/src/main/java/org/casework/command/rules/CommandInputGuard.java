package org.casework.command.rules;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The rules every command obeys, whoever sends it (the API, the demo loader, a policy), checked before any handler
 * runs: every text is storable ({@link Text#requireStorable}) and every date lies in its field's plausible range
 * ({@link BusinessDates#rangeOf}). It walks the command's records, lists and maps, so a new field cannot escape.
 */
public class CommandInputGuard implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Clock clock;

    public CommandInputGuard(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        check(unitOfWork.getMessage().getPayload(), LocalDate.now(clock));
        return chain.proceed();
    }

    /** Throws a {@link RuleViolationException} naming every offending field of {@code command}. */
    public static void check(Object command, LocalDate today) {
        Violations violations = new Violations();
        new Walk(violations, today).value(command, "", "");
        violations.throwIfAny();
    }

    private record Walk(Violations violations, LocalDate today) {

        void value(Object value, String path, String field) {
            if (value instanceof String text) {
                Text.check(violations, path, text);
            } else if (value instanceof LocalDate date) {
                BusinessDates.inRange(violations, path, field, date, today);
            } else if (value instanceof Optional<?> optional) {
                optional.ifPresent(present -> value(present, path, field));
            } else if (value instanceof Collection<?> items) {
                int index = 0;
                for (Object item : items) {
                    value(item, path + "[" + index++ + "]", field);
                }
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((key, item) -> {
                    String keyPath = join(path, String.valueOf(key));
                    value(key, keyPath, field);
                    value(item, keyPath, field);
                });
            } else if (value != null && value.getClass().isRecord()) {
                components(value, path);
            }
        }

        private void components(Object record, String path) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                String name = component.getName();
                value(read(component, record), component.isAnnotationPresent(Flat.class) ? path : join(path, name),
                        name);
            }
        }

        private static Object read(RecordComponent component, Object record) {
            try {
                component.getAccessor().setAccessible(true);
                return component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }

        private static String join(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }
}
