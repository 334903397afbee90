package org.casework.api.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A test class with a service and database of its own ({@link ServiceWithMovableClock}), started on
 * {@link #firstDay()} and stopped after the class, the clock put back to today.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OwnServiceTest {

    @TempDir
    protected static Path dataDirectory;
    protected ConfigurableApplicationContext service;
    protected JdbcTemplate jdbc;

    /** The day the clock stands on when the service starts; today unless a test walks through time. */
    protected LocalDate firstDay() {
        return LocalDate.now(ServiceWithMovableClock.PRAGUE);
    }

    /** The service's today: the calendar day of its clock in the organisation's time zone, not the machine's. */
    protected static LocalDate today() {
        return LocalDate.now(ServiceWithMovableClock.CLOCK);
    }

    /** Command-line arguments the service starts with besides the test profile's, e.g. {@code --key=value}. */
    protected String[] serviceArguments() {
        return new String[0];
    }

    @BeforeAll
    protected void startService() {
        ServiceWithMovableClock.CLOCK.moveTo(firstDay());
        service = ServiceWithMovableClock.start(dataDirectory, serviceArguments());
        jdbc = service.getBean(JdbcTemplate.class);
    }

    @AfterAll
    protected void stopService() {
        ServiceWithMovableClock.CLOCK.moveTo(LocalDate.now(ServiceWithMovableClock.PRAGUE));
        service.close();
    }

    protected Api as(String user) {
        return ServiceWithMovableClock.api(service, user);
    }
}
