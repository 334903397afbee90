package org.casework.query.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKeyTest {

    @Test
    void czechAndHungarianNamesAreFoundWithoutCaseOrDiacritics() {
        assertThat(SearchKey.of("Dvořák", "Jiří")).isEqualTo("dvorak jiri");
        assertThat(SearchKey.of("Kovács", "Őrsi Ünige")).isEqualTo("kovacs orsi unige");
        assertThat(SearchKey.terms("  NOVAK  kovacs ")).containsExactly("novak", "kovacs");
        assertThat(SearchKey.terms("Novák")).containsExactly("novak");
    }

    @Test
    void missingPartsAndEmptyQueriesAddNothing() {
        assertThat(SearchKey.of("Nagy", null, " ")).isEqualTo("nagy");
        assertThat(SearchKey.terms(null)).isEmpty();
        assertThat(SearchKey.terms("   ")).isEmpty();
    }
}
