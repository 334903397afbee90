package org.casework.api.idempotency;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} request header (IETF httpapi draft): a structured-field string such as
 * {@code "8e03978e-40d5-43e8-bc93-6894a57f9324"}; a bare token of the same characters is accepted too.
 */
record IdempotencyKey(String value) {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;
    private static final Pattern ALLOWED = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]{1," + MAX_LENGTH + "}");

    /** Empty when the header is absent; an exception when it is present but not a usable key. */
    static Optional<IdempotencyKey> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidKeyException();
        }
        return Optional.of(new IdempotencyKey(value));
    }

    static final class InvalidKeyException extends RuntimeException {
        InvalidKeyException() {
            super("must be 1 to " + MAX_LENGTH + " visible ASCII characters, without quotes or backslashes inside");
        }
    }
}
