package org.casework.domain.sharing;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/** The client's file is no longer shared with {@code worker}. */
public record SharingStopped(UUID clientId, String worker, LocalDate stoppedOn) implements ClientEvent {
}
