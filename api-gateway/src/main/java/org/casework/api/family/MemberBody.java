package org.casework.api.family;

import jakarta.validation.constraints.NotNull;
import org.casework.domain.family.Relation;

import java.time.LocalDate;
import java.util.UUID;

/** A client joining the family, related to its reference person; {@code since} is today when absent. */
public record MemberBody(@NotNull UUID clientId, @NotNull Relation relation, LocalDate since) {
}
