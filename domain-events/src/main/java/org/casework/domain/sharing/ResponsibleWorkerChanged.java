package org.casework.domain.sharing;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A coordinator handed the client's file to another responsible worker. */
public record ResponsibleWorkerChanged(UUID clientId, String worker, LocalDate changedOn) implements ClientEvent {
}
