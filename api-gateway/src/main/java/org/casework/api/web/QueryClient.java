package org.casework.api.web;

import org.axonframework.messaging.responsetypes.InstanceResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.casework.query.support.PageOf;
import org.springframework.stereotype.Component;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Asks the read models through Axon's query gateway and hands back plain results. */
@Component
public class QueryClient {

    private final QueryGateway queries;

    QueryClient(QueryGateway queries) {
        this.queries = queries;
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
