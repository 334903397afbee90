package org.casework.api.audit;

import java.time.Instant;
import java.util.UUID;

/** One read of a personal file: who, when, which file (and whose, for an engagement), through which endpoint. */
public record AccessLogEntry(Instant readAt, String reader, String fileKind, UUID fileId, UUID clientId,
                             String endpoint) {
}
