package org.casework.api.family;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.casework.domain.family.Relation;

import java.time.LocalDate;
import java.util.UUID;

/** A client joining the family, related to its reference person; {@code since} is today when absent. */
@Schema(example = """
        {"clientId": "5b0c6a2e-8f1d-4c3b-9a7e-2d4f6b8c0e11", "relation": "CHILD", "since": "2026-11-20"}""")
public record MemberBody(@NotNull UUID clientId, @NotNull Relation relation, LocalDate since) {
}
