package org.casework.api.idempotency;

/** What a keyed request answered, kept to answer its retries, and the fingerprint of the request it answered. */
record StoredResponse(byte[] fingerprint, int status, String contentType, String location, byte[] body) {
}
