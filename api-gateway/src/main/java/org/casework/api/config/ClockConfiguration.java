package org.casework.api.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** All time comes from this clock; its zone decides which calendar day "today" is for the organisation. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${casework.time-zone:Europe/Prague}") ZoneId zone) {
        return Clock.system(zone);
    }
}
