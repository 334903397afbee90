package org.casework.domain.client;

/** The three addresses a client file keeps; any of them may be unknown (null). */
public record Addresses(Address permanent, Address actual, Address correspondence) {

    public static Addresses none() {
        return new Addresses(null, null, null);
    }
}
