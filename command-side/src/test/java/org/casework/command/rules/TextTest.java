package org.casework.command.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextTest {

    @Test
    void tabLineFeedCrlfAndAnyPrintableCharacterAreText() {
        assertThatCode(() -> Text.requireStorable("a\tb\nc\r\nd 😀 ž \u00A0")).doesNotThrowAnyException();
    }

    @Test
    void aCarriageReturnOutsideCrlfIsAControlCharacter() {
        assertThatThrownBy(() -> Text.requireStorable("a\rb")).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("U+000D");
        assertThatThrownBy(() -> Text.requireStorable("a\r")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void nulDeleteAndC1ControlsAreRefused() {
        for (String text : new String[] {"A\u0000B", "\u001B[31m", "\u007F", "\u0085"}) {
            assertThatThrownBy(() -> Text.requireStorable(text)).isInstanceOf(InvalidValue.class)
                    .satisfies(e -> assertThat(((InvalidValue) e).rule()).isEqualTo(Text.CONTROL_CHARACTER));
        }
    }

    @Test
    void aLoneOrReversedSurrogateIsRefusedAndAPairIsNot() {
        assertThatThrownBy(() -> Text.requireStorable("\uDC00\uD800")).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("U+DC00");
        assertThatThrownBy(() -> Text.requireStorable("end\uD800")).isInstanceOf(InvalidValue.class);
        assertThatCode(() -> Text.requireStorable("\uD83D\uDE00")).doesNotThrowAnyException();
    }
}
