package org.casework.api.duplicates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Merge the file {@code mergedClientId} into the file of the path: one person, two files. */
record MergeBody(@NotNull UUID mergedClientId, @NotBlank @Size(max = 2000) String reason) {
}
