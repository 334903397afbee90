package org.casework.api.platform;

import org.casework.api.support.OwnServiceTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL, as the service starts it by default (the test profile changes none of this), writes
 * durably: an acknowledged write survives an operating-system crash or a power loss, not only a killed process.
 */
class EmbeddedDatabaseDurabilityTest extends OwnServiceTest {

    @Test
    void everyCommitReachesTheDiskBeforeItIsAcknowledged() {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
        assertThat(setting("wal_sync_method")).isNotEqualTo("open_datasync").isNotBlank();
    }

    private String setting(String name) {
        return jdbc.queryForObject("show " + name, String.class);
    }
}
