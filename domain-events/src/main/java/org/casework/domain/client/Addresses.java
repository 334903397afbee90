package org.casework.domain.client;

import org.casework.domain.Erasure;

/** The three addresses a client file keeps; any of them may be unknown (null). */
public record Addresses(Address permanent, Address actual, Address correspondence) {

    public static Addresses none() {
        return new Addresses(null, null, null);
    }

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
