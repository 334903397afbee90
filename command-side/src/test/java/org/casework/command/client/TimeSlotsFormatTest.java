package org.casework.command.client;

import org.casework.command.rules.InvalidValue;
import org.casework.domain.client.TimeSlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeSlotsFormatTest {

    @Test
    void intervalsJoinedByCommasWithOptionalSpacesInAnyOrder() {
        assertThat(TimeSlotsFormat.parse("14.00-16.30,8.00 - 10.15 ,  18.05-19.00")).containsExactly(
                new TimeSlot(LocalTime.of(8, 0), LocalTime.of(10, 15)),
                new TimeSlot(LocalTime.of(14, 0), LocalTime.of(16, 30)),
                new TimeSlot(LocalTime.of(18, 5), LocalTime.of(19, 0)));
    }

    @Test
    void blankTextMeansNoSlots() {
        assertThat(TimeSlotsFormat.parse("  ")).isEqualTo(List.of());
        assertThat(TimeSlotsFormat.parse(null)).isEqualTo(List.of());
    }

    @ParameterizedTest(name = "''{0}'' breaks {1}")
    @CsvSource(delimiter = '|', value = {
            "10.00-08.00            | time-slot-start-before-end",
            "10.00-10.00            | time-slot-start-before-end",
            "25.00-26.00            | time-slot-valid-time",
            "08.60-09.00            | time-slot-valid-time",
            "08:00-09:00            | time-slot-format",
            "08.00-09.00;10.00-11.00| time-slot-format",
            "08.00-09.00,           | time-slot-format",
            "8-9                    | time-slot-format",
            "08.0-09.00             | time-slot-format"
    })
    void invalidSlotsNameTheBrokenRule(String text, String rule) {
        assertThatThrownBy(() -> TimeSlotsFormat.parse(text))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).rule())
                .isEqualTo(rule);
    }
}
