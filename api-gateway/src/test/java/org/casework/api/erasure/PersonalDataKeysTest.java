package org.casework.api.erasure;

import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataKeysTest extends ApiTest {

    @Test
    void theKeyCacheHoldsEveryStoredKeyWhateverItsConfiguredSize() {
        for (int i = 0; i < 8; i++) {
            alice.post("/api/clients", client("Klíč", "Uložený" + i)).expect(201);
        }
        PersonalDataKeys keys = new PersonalDataKeys(jdbc, Clock.systemUTC(), Duration.ofMinutes(1), 2);
        long stored = jdbc.queryForObject("select count(*) from personal_data_key where keyset is not null",
                Long.class);
        assertThat(stored).as("more keys than the configured size").isGreaterThanOrEqualTo(8);

        keys.forDecryption(UUID.randomUUID());

        assertThat(keys.cacheCapacity()).isEqualTo(Math.max(2, stored * 5 / 4)).isGreaterThanOrEqualTo(stored);
    }

    @Test
    void theConfiguredSizeIsTheLeastTheCacheHolds() {
        PersonalDataKeys keys = new PersonalDataKeys(jdbc, Clock.systemUTC(), Duration.ofMinutes(1), 1_000_000);
        keys.forDecryption(UUID.randomUUID());
        assertThat(keys.cacheCapacity()).isEqualTo(1_000_000);
    }
}
