package org.casework.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Read models follow the event store asynchronously: waiting until a read answers as expected. */
public final class Eventually {

    private static final Duration AT_MOST = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** Waits until {@code GET path} answers 200 with JSON that satisfies {@code until}, and returns it. */
    public static JsonNode json(Api as, String path, Predicate<JsonNode> until) {
        Response[] last = new Response[1];
        try {
            await().atMost(AT_MOST).pollInterval(Duration.ofMillis(50)).until(() -> {
                last[0] = as.get(path);
                return last[0].status() == 200 && until.test(last[0].json());
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("GET " + path + " never answered as expected; last answer "
                    + (last[0] == null ? "none" : last[0].status() + " " + last[0].body()), e);
        }
        return last[0].json();
    }

    /** Repeats the assertions until they hold, i.e. until every read model they look at has caught up. */
    public static void asserted(Runnable assertions) {
        await().atMost(AT_MOST).pollInterval(Duration.ofMillis(100)).untilAsserted(assertions::run);
    }
}
