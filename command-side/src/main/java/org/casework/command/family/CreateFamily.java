package org.casework.command.family;

import org.casework.domain.client.Address;

import java.time.LocalDate;
import java.util.UUID;

/** Opens a family file. {@code createdOn} may be backdated to the first contact with the family. */
public record CreateFamily(UUID familyId, String name, Address address, String responsibleWorker,
                           LocalDate createdOn) {
}
