package org.casework.domain.client;

import org.casework.domain.ClientEvent;

import java.util.UUID;

/** The client's personal data was replaced as a whole by a corrected or newer version. */
public record PersonalDataUpdated(UUID clientId, PersonalData personalData) implements ClientEvent {
}
