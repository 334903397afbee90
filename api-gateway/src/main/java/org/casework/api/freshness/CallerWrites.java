package org.casework.api.freshness;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each caller last wrote: the position of the newest event their requests stored. A request under way is
 * known by its correlation id (which every event it causes carries, on whichever thread the command runs), and
 * hears the position of its events as soon as they are stored ({@code Casework-Position}); the caller's next reads
 * wait for it. Kept in memory per node: with several nodes, the caller sends the position back ({@code
 * Casework-After}) or the load balancer keeps a caller on one node.
 */
@Component
public class CallerWrites {

    public static final String POSITION_HEADER = "Casework-Position";

    private final Map<String, Set<Request>> underWay = new ConcurrentHashMap<>();
    private final Map<String, Long> lastPositions = new ConcurrentHashMap<>();

    /** A request of {@code caller} begins; {@link Request#close()} when it is answered. */
    public Request begin(String correlationId, String caller, HttpServletResponse response) {
        Request request = new Request(correlationId, caller, response);
        underWay.computeIfAbsent(correlationId, id -> ConcurrentHashMap.newKeySet()).add(request);
        return request;
    }

    /** The newest position {@code caller} wrote, 0 when none is known. */
    public long lastPosition(String caller) {
        return lastPositions.getOrDefault(caller, 0L);
    }

    boolean expects(String correlationId) {
        return correlationId != null && underWay.containsKey(correlationId);
    }

    void stored(String correlationId, long position) {
        Set<Request> requests = underWay.get(correlationId);
        if (requests != null) {
            requests.forEach(request -> request.stored(position));
        }
    }

    public final class Request implements AutoCloseable {

        private final String correlationId;
        private final String caller;
        private final HttpServletResponse response;
        private long position;

        private Request(String correlationId, String caller, HttpServletResponse response) {
            this.correlationId = correlationId;
            this.caller = caller;
            this.response = response;
        }

        private synchronized void stored(long stored) {
            if (stored <= position) {
                return;
            }
            position = stored;
            lastPositions.merge(caller, stored, Math::max);
            // the request's thread waits for its command meanwhile; once answered, a late header is dropped
            if (!response.isCommitted()) {
                response.setHeader(POSITION_HEADER, Long.toString(stored));
            }
        }

        @Override
        public void close() {
            underWay.computeIfPresent(correlationId, (id, requests) -> {
                requests.remove(this);
                return requests.isEmpty() ? null : requests;
            });
        }
    }
}
