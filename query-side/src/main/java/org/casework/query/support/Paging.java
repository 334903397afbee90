package org.casework.query.support;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Which page of a list is asked for; pages count from 0. {@code count}: whether the answer counts every matching
 * row (the overviews and the chronology do so only when asked, README "Lists and paging").
 */
public record Paging(int page, int size, boolean count) {

    public static final int MAX_SIZE = 200;
    /** The last page one may ask for: MAX_PAGE x MAX_SIZE rows still fit an int offset (PostgreSQL, Hibernate). */
    public static final int MAX_PAGE = 1_000_000;

    public Paging {
        if (page < 0 || page > MAX_PAGE) {
            throw new OutOfRange("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new OutOfRange("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /** A page whose answer counts its rows. */
    public Paging(int page, int size) {
        this(page, size, true);
    }

    /** A page or size beyond the allowed range; the API answers 400 naming {@link #parameter()}. */
    public static final class OutOfRange extends IllegalArgumentException {

        private final String parameter;

        OutOfRange(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** For queries that state their own order. */
    public PageRequest unsorted() {
        return PageRequest.of(page, size);
    }

    public PageRequest sortedBy(Sort sort) {
        return PageRequest.of(page, size, sort);
    }

    /** This page of the rows {@code filter} matches: counted ({@link org.springframework.data.domain.Page}) if asked. */
    public <T> Slice<T> of(JpaSpecificationExecutor<T> rows, Specification<T> filter, Sort sort) {
        PageRequest request = sortedBy(sort);
        return rows.findBy(filter, query -> count ? query.page(request) : query.slice(request));
    }
}
