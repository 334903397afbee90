package org.casework.domain.client;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The client's personal data was erased (GDPR art. 17) on {@code erasedOn}: the key of the file is destroyed, so
 * every {@link org.casework.domain.Personal} field of every event of the client reads as erased from now on. The
 * file's facts without personal data (dates, kinds, statuses, amounts) stay and keep counting in statistics.
 * {@code reason} is kept in clear text for auditors; it must not name the person.
 */
public record ClientErased(UUID clientId, LocalDate erasedOn, String reason) implements ClientEvent {
}
