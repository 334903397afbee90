package org.casework.api.erasure;

import java.time.LocalDate;
import java.util.UUID;

/** The answer to an erasure: whose data, when, by whom and why. */
public record ErasureDone(UUID clientId, LocalDate erasedOn, String erasedBy, String reason) {
}
