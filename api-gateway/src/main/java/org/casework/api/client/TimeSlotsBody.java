package org.casework.api.client;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.util.Map;

/** Requested personal-assistance time slots per weekday, e.g. {@code {"MONDAY": "8.00-10.00, 14.00-16.00"}}. */
public record TimeSlotsBody(@NotNull Map<DayOfWeek, @Size(max = 200) String> slots, @Size(max = 2000) String note) {
}
