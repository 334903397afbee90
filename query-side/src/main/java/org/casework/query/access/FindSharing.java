package org.casework.query.access;

import java.time.LocalDate;
import java.util.UUID;

/** Who works on a client's file: its responsible worker, the client's consents and the shares, as of today. */
public record FindSharing(UUID clientId, LocalDate today) {
}
