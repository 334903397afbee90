package org.casework.query.support;

import jakarta.persistence.criteria.Expression;
import org.springframework.data.jpa.domain.Specification;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** Text folded for searching names: lower case without diacritics, so "dvorak" finds "Dvořák". */
public final class SearchKey {

    private static final int TRIGRAM = 3;

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

    /**
     * Name order ({@code searchKey}, then {@code id}) for an overview filtered by {@code query}. When every term is
     * long enough for the trigram index (three characters), the key is sorted as an expression the name index
     * cannot give, so PostgreSQL finds the matching rows in the trigram index and sorts those; otherwise it would
     * walk the name index in order until a page's worth matched, all of it for a name nobody has (at 100,000
     * files: "novak" 570 ms that way, 9 ms this way; a term matching a third of the files 97 ms).
     */
    public static <T> Specification<T> nameOrder(String query) {
        List<String> terms = terms(query);
        boolean matchFirst = !terms.isEmpty() && terms.stream().allMatch(term -> term.length() >= TRIGRAM);
        return (root, q, cb) -> {
            Expression<String> key = root.get("searchKey");
            q.orderBy(cb.asc(matchFirst ? cb.concat(key, "") : key), cb.asc(root.get("id")));
            return cb.conjunction();
        };
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }
}
