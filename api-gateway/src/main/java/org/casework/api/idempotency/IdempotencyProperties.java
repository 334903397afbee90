package org.casework.api.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * {@code casework.idempotency.*}: how long the answer to a keyed request is kept (at least 24 hours, the
 * default), and the largest request body a keyed request may have.
 */
@ConfigurationProperties("casework.idempotency")
record IdempotencyProperties(Duration retention, DataSize maxBody) {

    static final Duration MINIMUM_RETENTION = Duration.ofHours(24);

    IdempotencyProperties {
        retention = retention == null ? MINIMUM_RETENTION : retention;
        maxBody = maxBody == null ? DataSize.ofMegabytes(4) : maxBody;
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalArgumentException("casework.idempotency.retention must be at least 24 hours");
        }
    }
}
