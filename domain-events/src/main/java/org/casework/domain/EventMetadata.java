package org.casework.domain;

/**
 * Keys of the metadata every stored event carries: who recorded it, when (ISO-8601 instant, from the
 * service's clock) and the correlation id of the request that caused it.
 */
public final class EventMetadata {

    public static final String ACTOR = "actor";
    public static final String RECORDED_AT = "recordedAt";
    public static final String CORRELATION_ID = "correlationId";
    /** The identifier of the message that caused this one. */
    public static final String CAUSATION_ID = "causationId";

    private EventMetadata() {
    }
}
