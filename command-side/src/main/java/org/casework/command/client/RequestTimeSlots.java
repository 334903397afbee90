package org.casework.command.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.UUID;

/** The requested slots per weekday as the worker typed them, e.g. {@code "8.00-10.00, 14.00-15.30"}. */
public record RequestTimeSlots(@TargetAggregateIdentifier UUID clientId, Map<DayOfWeek, String> slots,
                               String note) {
}
