package org.casework.query.support;

import org.springframework.data.jpa.domain.Specification;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** Text folded for searching names: lower case without diacritics, so "dvorak" finds "Dvořák". */
public final class SearchKey {

    private SearchKey() {
    }

    public static String of(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).map(SearchKey::fold).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    public static List<String> terms(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(fold(query).split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /** Rows whose {@code searchKey} contains every term of the query; no condition for an empty query. */
    public static <T> Specification<T> matching(String query) {
        Specification<T> filter = (root, q, cb) -> cb.conjunction();
        for (String term : terms(query)) {
            String pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            filter = filter.and((root, q, cb) -> cb.like(root.get("searchKey"), pattern, '\\'));
        }
        return filter;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }
}
