package org.casework.api.duplicates;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The keyed hash (HMAC-SHA256) of a birth number's digits, so {@code 900315/1234} and {@code 9003151234} are one
 * number and the claims table holds no number a dump could read without the key. The key is
 * {@code casework.duplicates.birth-number-key} (Base64, at least 32 bytes); without it the installation makes one
 * at its first start and keeps it in {@code installation_secret}.
 */
@Component
class BirthNumberHash {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String SECRET_NAME = "birth-number-hmac";
    private static final int KEY_BYTES = 32;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final String configuredKey;
    private final SecretKeySpec key;

    BirthNumberHash(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                    @Value("${casework.duplicates.birth-number-key:}") String configuredKey) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configuredKey = configuredKey;
        // at start, not at a first use inside 16 waiting command transactions that hold every pooled connection
        this.key = new SecretKeySpec(configuredKey.isBlank() ? storedKey() : configured(), ALGORITHM);
    }

    byte[] of(String birthNumber) {
        String digits = birthNumber.replaceAll("[^0-9]", "");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] configured() {
        byte[] bytes = Base64.getDecoder().decode(configuredKey.strip());
        if (bytes.length < KEY_BYTES) {
            throw new IllegalStateException("casework.duplicates.birth-number-key must hold at least " + KEY_BYTES
                    + " bytes (Base64)");
        }
        return bytes;
    }

    /** Committed at once: two nodes starting together agree on the first key stored. */
    private byte[] storedKey() {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        return ownTransaction.execute(status -> {
            jdbc.update("insert into installation_secret (name, secret) values (?, ?) on conflict do nothing",
                    SECRET_NAME, fresh);
            return jdbc.queryForObject("select secret from installation_secret where name = ?", byte[].class,
                    SECRET_NAME);
        });
    }
}
