package org.casework.api.web;

import org.axonframework.messaging.responsetypes.InstanceResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.casework.query.support.PageOf;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Asks the read models through Axon's query gateway and hands back plain results. */
@Component
public class QueryClient implements DisposableBean {

    /** Threads for the independent reads of one request that run side by side (a home page's summary). */
    private static final int BESIDE_THREADS = 4;

    private final QueryGateway queries;
    private final ExecutorService beside = Executors.newFixedThreadPool(BESIDE_THREADS, new ThreadFactory() {
        private final AtomicInteger number = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "query-beside-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    QueryClient(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * Starts a read on another thread, with the request's log context, so that independent reads of one answer
     * wait for the database side by side instead of one after the other; {@link #joined} waits for it.
     */
    public <R> CompletableFuture<R> beside(Supplier<R> read) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return CompletableFuture.supplyAsync(() -> {
            if (context != null) {
                MDC.setContextMap(context);
            }
            try {
                return read.get();
            } finally {
                MDC.clear();
            }
        }, beside);
    }

    /** The result of a read started {@link #beside}; its failure as it was thrown. */
    public static <R> R joined(CompletableFuture<R> read) {
        return await(read::join);
    }

    @Override
    public void destroy() {
        beside.shutdownNow();
    }

    /** A list query; {@code itemType} documents what the page holds. */
    @SuppressWarnings("unchecked")
    public <T> PageOf<T> page(Object query, Class<T> itemType) {
        return await(() -> queries.query(query, new GenericInstanceResponseType<>(PageOf.class)).join());
    }

    public <T> List<T> list(Object query, Class<T> itemType) {
        return await(() -> queries.query(query, ResponseTypes.multipleInstancesOf(itemType)).join());
    }

    public <R> R one(Object query, Class<R> resultType) {
        return await(() -> queries.query(query, ResponseTypes.instanceOf(resultType)).join());
    }

    public <R> Optional<R> find(Object query, Class<R> resultType) {
        return await(() -> queries.query(query, ResponseTypes.optionalInstanceOf(resultType)).join());
    }

    private static <T> T await(Supplier<T> call) {
        try {
            return call.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Axon's instance response type matches only raw classes; a handler declared to return {@code PageOf<Row>}
     * answers a query for {@code PageOf} too.
     */
    private static final class GenericInstanceResponseType<R> extends InstanceResponseType<R> {

        GenericInstanceResponseType(Class<R> type) {
            super(type);
        }

        @Override
        public boolean matches(Type responseType) {
            return super.matches(responseType) || (responseType instanceof ParameterizedType parameterized
                    && parameterized.getRawType() instanceof Class<?> raw
                    && getExpectedResponseType().isAssignableFrom(raw));
        }
    }
}
