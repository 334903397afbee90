package org.casework.domain.client;

import java.time.LocalTime;

/** One requested interval of personal assistance within a day; {@code start} is before {@code end}. */
public record TimeSlot(LocalTime start, LocalTime end) {
}
