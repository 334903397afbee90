package org.casework.query.support;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the API's list shape: {@code {items, total, page, size}}. */
public record PageOf<T>(List<T> items, long total, int page, int size) {

    public static <E, T> PageOf<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageOf<>(page.getContent().stream().map(mapper).toList(), page.getTotalElements(),
                page.getNumber(), page.getSize());
    }
}
