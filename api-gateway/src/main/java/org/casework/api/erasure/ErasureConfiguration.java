package org.casework.api.erasure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class ErasureConfiguration {

    /**
     * Another node may keep using an erased file's key until its cached copy expires ({@code key-cache-ttl}); read
     * models are erased regardless, by the erasure event.
     */
    @Bean
    PersonalDataKeys personalDataKeys(JdbcTemplate jdbc, Clock clock,
                                      @Value("${casework.erasure.key-cache-ttl:60s}") Duration cacheTtl,
                                      @Value("${casework.erasure.key-cache-size:100000}") long cacheSize) {
        return new PersonalDataKeys(jdbc, clock, cacheTtl, cacheSize);
    }
}
