package org.casework.api.rebuild;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxEventsPerSecond how fast a rebuild may read the event store, at most; 0 for as fast as it can. A busy
 *                           node's database can be spared this way, at the price of a longer rebuild.
 */
@ConfigurationProperties("casework.rebuild")
public record RebuildProperties(int maxEventsPerSecond) {

    public RebuildProperties {
        if (maxEventsPerSecond < 0) {
            throw new IllegalArgumentException("casework.rebuild.max-events-per-second must not be negative");
        }
    }
}
