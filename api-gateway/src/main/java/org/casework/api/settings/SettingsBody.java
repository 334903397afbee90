package org.casework.api.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.casework.domain.settings.OrganisationSettings;
import org.casework.domain.settings.StatusMode;

/** All settings at once: a PUT replaces them. Periods are whole days. */
public record SettingsBody(
        @NotNull StatusMode statusMode,
        @NotNull Boolean contactedStateUsed,
        @NotNull @Min(1) @Max(3650) Integer noContactDays,
        @NotNull @Min(1) @Max(3650) Integer consultationGapDays,
        @NotNull @Min(1) @Max(3650) Integer openEngagementDays,
        @NotNull Boolean statusSharedWithFamily) {

    OrganisationSettings toSettings() {
        return new OrganisationSettings(statusMode, contactedStateUsed, noContactDays, consultationGapDays,
                openEngagementDays, statusSharedWithFamily);
    }
}
