package org.casework.api.erasure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class ErasureConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ErasureConfiguration.class);

    /**
     * Another node may keep using an erased file's key until its cached copy expires ({@code key-cache-ttl}); read
     * models are erased regardless, by the erasure event.
     */
    @Bean
    PersonalDataKeys personalDataKeys(JdbcTemplate jdbc, Clock clock,
                                      @Value("${casework.erasure.key-cache-ttl:60s}") Duration cacheTtl,
                                      @Value("${casework.erasure.key-cache-size:100000}") long cacheSize,
                                      @Value("${casework.erasure.master-key:}") String masterKey,
                                      @Value("${casework.erasure.master-key-file:}") Path masterKeyFile) {
        return new PersonalDataKeys(jdbc, clock, cacheTtl, cacheSize, MasterKey.of(masterKey, masterKeyFile));
    }

    /** Keys stored before a master key was configured are wrapped once it is, at the next start. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> clearKeysWrapped(PersonalDataKeys keys) {
        return ready -> {
            int wrapped = keys.wrapClearKeys();
            if (wrapped > 0) {
                log.info("Wrapped {} personal-data keys with the master key", wrapped);
            }
        };
    }
}
