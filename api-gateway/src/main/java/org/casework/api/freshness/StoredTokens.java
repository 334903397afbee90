package org.casework.api.freshness;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The read models' tokens as stored, for segments another node processes; the segment counts change rarely. */
@Component
class StoredTokens {

    private static final long COUNT_KEPT_NANOS = Duration.ofSeconds(5).toNanos();

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Map<String, long[]> segmentCounts = new ConcurrentHashMap<>();

    StoredTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    int segmentCount(String processor) {
        long now = System.nanoTime();
        long[] counted = segmentCounts.get(processor);
        if (counted == null || now - counted[1] > COUNT_KEPT_NANOS) {
            Integer count = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                    Integer.class, processor);
            counted = new long[]{count == null ? 0 : count, now};
            segmentCounts.put(processor, counted);
        }
        return (int) counted[0];
    }

    List<TrackingToken> tokens(String processor) {
        return jdbc.query("select token, token_type from token_entry where processor_name = ?",
                (row, i) -> token(row.getBytes(1), row.getString(2)), processor);
    }

    private TrackingToken token(byte[] token, String type) {
        if (token == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class,
                new SimpleSerializedType(type, null)));
    }
}
