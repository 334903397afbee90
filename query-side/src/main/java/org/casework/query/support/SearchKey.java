package org.casework.query.support;

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

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }
}
