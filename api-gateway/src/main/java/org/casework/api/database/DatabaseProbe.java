package org.casework.api.database;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether the database answers right now. A failure whose exception no longer says that the database was lost
 * (a unit of work that could not even roll back reports only its own state) is an outage if the database is gone.
 */
@Component
public class DatabaseProbe {

    private static final int VALID_WITHIN_SECONDS = 1;

    private final DataSource dataSource;

    DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALID_WITHIN_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
