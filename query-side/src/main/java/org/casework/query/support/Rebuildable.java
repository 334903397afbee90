package org.casework.query.support;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A read model rebuilt in one ordered pass over the event store (README "How the read side is built"): the rebuild
 * feeds every event, once and in order, to fresh instances of the read model's own handlers over memory, and then
 * writes {@link Rebuild#rows()} into shadow copies of {@link #tables()}, which replace the live tables at once.
 */
public interface Rebuildable {

    /** The read model's name, as the admin API and the rebuild's progress show it. */
    String name();

    /** The event processor that keeps it live (its token is the one a rebuild sets). */
    default String processor() {
        return LiveProcessor.NAME;
    }

    /** The tables it writes. Read models that share a table or a processor are rebuilt together. */
    List<String> tables();

    /** Fresh handlers over an empty memory store. */
    Rebuild startRebuild();

    interface Rebuild {

        /** Objects with {@code @EventHandler} methods, the same classes that keep the live tables. */
        List<Object> handlers();

        /** Every row the handlers keep, as the entities the live handlers save. */
        Stream<Object> rows();
    }

    static Rebuild of(Object handler, Supplier<Stream<Object>> rows) {
        return new Rebuild() {
            @Override
            public List<Object> handlers() {
                return List.of(handler);
            }

            @Override
            public Stream<Object> rows() {
                return rows.get();
            }
        };
    }
}
