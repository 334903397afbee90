package org.casework.api.erasure;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import org.casework.api.support.OwnServiceTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With a master key configured, every file's key is stored wrapped with it: the database alone decrypts nothing, and
 * keys stored in clear before are wrapped.
 */
class MasterKeyTest extends OwnServiceTest {

    @Override
    protected String[] serviceArguments() {
        try {
            Path file = Files.createTempDirectory("casework-master").resolve("master.key");
            MasterKey.create(file);
            return new String[] {"--casework.erasure.master-key-file=" + file};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] stored(UUID file) {
        return jdbc.queryForObject("select keyset from personal_data_key where subject_id = ?", byte[].class, file);
    }

    @Test
    void aFilesKeyIsStoredWrappedAndItsDataStillReads() {
        UUID client = as("alice").post("/api/clients", Map.of("firstName", "Obálka", "lastName", "Zabalená",
                "birthDate", "1970-01-01")).createdId();

        assertThat(as("alice").get("/api/clients/" + client).expect(200).json().get("lastName").asText())
                .isEqualTo("Zabalená");
        byte[] keyset = stored(client);
        assertThat(MasterKey.wrapped(keyset)).isTrue();
        assertThatThrownBy(() -> TinkProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get()))
                .as("a dump alone holds no usable key").isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void keysStoredInClearAreWrappedAndThenNeedTheMasterKey() {
        PersonalDataKeys withoutMaster = new PersonalDataKeys(jdbc, Clock.systemUTC(), Duration.ofMinutes(1), 10);
        UUID file = UUID.randomUUID();
        withoutMaster.forEncryption(file);
        assertThat(MasterKey.wrapped(stored(file))).as("stored in clear").isFalse();

        PersonalDataKeys keys = service.getBean(PersonalDataKeys.class);
        assertThat(keys.wrapClearKeys()).isEqualTo(1);
        assertThat(keys.wrapClearKeys()).as("nothing left in clear").isZero();

        assertThat(MasterKey.wrapped(stored(file))).isTrue();
        assertThat(keys.forDecryption(file)).isPresent();
        PersonalDataKeys freshWithoutMaster = new PersonalDataKeys(jdbc, Clock.systemUTC(), Duration.ofMinutes(1), 10);
        assertThatThrownBy(() -> freshWithoutMaster.forDecryption(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrapped with a master key, and none is configured");
    }
}
