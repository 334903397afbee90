package org.casework.api.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casework.demo-data.clients}: how many demo clients to load into an empty store at start-up (0: none).
 * {@code seed} makes another, equally reproducible set; {@code years} is how far back the files go; {@code threads}
 * how many units are sent at once.
 */
@ConfigurationProperties("casework.demo-data")
public record DemoDataProperties(int clients, Long seed, Integer years, Integer threads) {

    public DemoDataProperties {
        if (clients < 0) {
            throw new IllegalArgumentException("casework.demo-data.clients must not be negative");
        }
        seed = seed == null ? 1L : seed;
        years = years == null ? 3 : years;
        threads = threads == null ? 4 : threads;
        if (years < 1 || threads < 1) {
            throw new IllegalArgumentException("casework.demo-data.years and .threads must be at least 1");
        }
    }
}
