package org.casework.api.client;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The client's application for the service: received on, and accepted on once it is. */
public record ApplicationBody(@NotNull LocalDate receivedOn, LocalDate acceptedOn) {
}
