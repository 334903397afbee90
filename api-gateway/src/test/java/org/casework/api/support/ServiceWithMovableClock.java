package org.casework.api.support;

import org.casework.api.CaseworkApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A service of its own, on its own database in {@code dataDirectory}, whose clock the test moves (the persisted
 * scheduler reads the same clock). Its data is the test's alone, so whole lists and totals can be asserted.
 */
public final class ServiceWithMovableClock {

    public static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    /** One clock for every such service; tests run one after another. It starts at the real time. */
    public static final MovableClock CLOCK = new MovableClock();

    private ServiceWithMovableClock() {
    }

    public static final class MovableClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        /** Nine in the morning of {@code day}, running on from there. */
        public void moveTo(LocalDate day) {
            offset = Duration.between(Instant.now(), day.atTime(9, 0).atZone(PRAGUE).toInstant());
        }

        /** A moment of {@code day}, e.g. just before or after midnight, running on from there. */
        public void moveTo(LocalDate day, LocalTime time) {
            offset = Duration.between(Instant.now(), day.atTime(time).atZone(PRAGUE).toInstant());
        }

        /** Moves the clock on by {@code duration}, e.g. past a wait. */
        public void advance(Duration duration) {
            offset = offset.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return PRAGUE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    /**
     * The clock is registered by an initializer, not by a {@code @Configuration} class: component scanning would
     * put such a class into every other test's service too.
     */
    public static ConfigurableApplicationContext start(Path dataDirectory, String... moreArguments) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--casework.embedded-postgres.temporary=false",
                "--casework.embedded-postgres.data-directory=" + dataDirectory));
        arguments.addAll(List.of(moreArguments));
        return new SpringApplicationBuilder(CaseworkApplication.class)
                .initializers((GenericApplicationContext context) -> context.registerBean("movableClock", Clock.class,
                        () -> CLOCK, definition -> definition.setPrimary(true)))
                .profiles("test")
                .run(arguments.toArray(String[]::new));
    }

    public static Api api(ConfigurableApplicationContext context, String user) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return Api.at(port).as(user);
    }
}
