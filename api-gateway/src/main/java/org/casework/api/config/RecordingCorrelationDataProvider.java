package org.casework.api.config;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.casework.domain.EventMetadata;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries actor, recording time and correlation id from a message to everything it causes, and names the
 * causing message. It replaces Axon's default MessageOriginProvider, whose correlation id would be the direct
 * parent's id rather than the originating request's.
 */
class RecordingCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        copy(message, EventMetadata.ACTOR, data);
        copy(message, EventMetadata.RECORDED_AT, data);
        copy(message, EventMetadata.CORRELATION_ID, data);
        data.put(EventMetadata.CAUSATION_ID, message.getIdentifier());
        return data;
    }

    private static void copy(Message<?> message, String key, Map<String, Object> into) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            into.put(key, value);
        }
    }
}
