package org.casework.query.support;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Which page of a list is asked for; pages count from 0. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;

    public Paging {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    /** For queries that state their own order. */
    public PageRequest unsorted() {
        return PageRequest.of(page, size);
    }

    public PageRequest sortedBy(Sort sort) {
        return PageRequest.of(page, size, sort);
    }
}
