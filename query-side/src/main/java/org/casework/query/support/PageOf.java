package org.casework.query.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in the API's list shape: {@code {items, total, page, size, hasMore}}. Long lists count their
 * rows only when asked ({@link Paging#count()}); without a count {@code total} is left out and {@code hasMore}
 * says whether a next page holds anything.
 */
public record PageOf<T>(List<T> items, @JsonInclude(JsonInclude.Include.NON_NULL) Long total, int page, int size,
                        boolean hasMore) {

    /** A counted page. */
    public PageOf(List<T> items, long total, int page, int size) {
        this(items, total, page, size, (long) (page + 1) * size < total);
    }

    /** A counted page ({@link Page}) or one that only knows whether more follow ({@link Slice}). */
    public static <E, T> PageOf<T> of(Slice<E> page, Function<E, T> mapper) {
        List<T> items = page.getContent().stream().map(mapper).toList();
        if (page instanceof Page<E> counted) {
            return new PageOf<>(items, counted.getTotalElements(), page.getNumber(), page.getSize());
        }
        return new PageOf<>(items, null, page.getNumber(), page.getSize(), page.hasNext());
    }
}
