package org.casework.api.freshness;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param timeout how long a read waits for the read models to apply the caller's last write (and a "not found" for
 *                a file that is stored but not yet applied), at most
 */
@ConfigurationProperties("casework.read-your-writes")
public record FreshnessProperties(Duration timeout) {

    public FreshnessProperties {
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
    }
}
