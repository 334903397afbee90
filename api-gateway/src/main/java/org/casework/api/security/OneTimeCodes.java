package org.casework.api.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, as authenticator apps expect), by
 * the java-otp library. A code of the step before or after is accepted too, for clocks that drift.
 */
@Component
public class OneTimeCodes {

    static final String ISSUER = "casework";
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final int SECRET_BYTES = 20;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    OneTimeCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new secret, Base32 as authenticator apps take it. */
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The {@code otpauth://} URI an authenticator app reads from a QR code. */
    public static String uri(String username, String secret) {
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
    }

    public boolean matches(String secret, String code) {
        if (secret == null || code == null || !code.matches("\\d{6}")) {
            return false;
        }
        Instant now = clock.instant();
        boolean matched = false;
        for (int step = -1; step <= 1; step++) {
            // every step is computed and compared in constant time, so timing tells nothing about the code
            matched |= MessageDigest.isEqual(code.getBytes(StandardCharsets.US_ASCII),
                    codeAt(secret, now.plus(STEP.multipliedBy(step))).getBytes(StandardCharsets.US_ASCII));
        }
        return matched;
    }

    /** The code an authenticator app shows at {@code at}. */
    public String codeAt(String secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("unusable one-time code secret", e);
        }
    }
}
