package org.casework.api.sharing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casework.domain.sharing.ConsentScope;

import java.time.LocalDate;
import java.util.List;

/** The client's consent to sharing: {@code workers} only with scope NAMED_WORKERS; no {@code validUntil}: open. */
record ConsentBody(@NotNull LocalDate givenOn, LocalDate validUntil, @NotNull ConsentScope scope,
                   @Size(max = 50) List<@Size(max = 100) String> workers) {
}
