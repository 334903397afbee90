package org.casework.command.client;

import org.casework.command.rules.InvalidValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BirthNumberTest {

    @ParameterizedTest(name = "{0} is born {1}")
    @CsvSource({
            "850315/1239, 1985-03-15, 850315/1239",   // man
            "8503151239,  1985-03-15, 850315/1239",   // slash is optional
            "855101/1238, 1985-01-01, 855101/1238",   // woman: month + 50
            "042215/1235, 2004-02-15, 042215/1235",   // man, +20 overflow from 2004
            "047215/1230, 2004-02-15, 047215/1230",   // woman, +70 overflow from 2004
            "905724/4560, 1990-07-24, 905724/4560",   // first nine mod 11 = 10, so the check digit is 0
            "530101/123,  1953-01-01, 530101/123",    // nine digits, before 1954
            "' 530101123 ', 1953-01-01, 530101/123"
    })
    void validBirthNumbersYieldTheirBirthDateAndNormalisedForm(String text, LocalDate birthDate, String formatted) {
        BirthNumber number = BirthNumber.parse(text);
        assertThat(number.birthDate()).isEqualTo(birthDate);
        assertThat(number.formatted()).isEqualTo(formatted);
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource({
            "850315/1238, birth-number-check-digit",              // last digit wrong
            "905724/4561, birth-number-check-digit",              // remainder 10 must give 0
            "540101/123,  birth-number-nine-digits-before-1954",  // nine digits were issued only before 1954
            "780229/1233, birth-number-date",                     // 29 February 1978 never existed
            "851315/1239, birth-number-date",                     // month 13
            "854015/1239, birth-number-date",                     // month 40
            "857215/1239, birth-number-date",                     // +70 overflow before 2004
            "852215/1239, birth-number-date",                     // +20 overflow before 2004
            "850300/1239, birth-number-date",                     // day 0
            "850315-1239, birth-number-format",
            "85031/51239, birth-number-format",
            "85031512,    birth-number-format",
            "850315/12390, birth-number-format",
            "ABCDEF/1234, birth-number-format"
    })
    void invalidBirthNumbersNameTheBrokenRule(String text, String rule) {
        assertThatThrownBy(() -> BirthNumber.parse(text))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).rule())
                .isEqualTo(rule);
    }
}
