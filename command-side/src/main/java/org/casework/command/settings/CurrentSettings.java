package org.casework.command.settings;

import org.casework.domain.settings.OrganisationSettings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The settings in force, with the day automatic status was last switched on ({@code LocalDate.MIN} when it has
 * been on since the installation) and who changed the settings last ({@code null} for the defaults).
 */
public record CurrentSettings(OrganisationSettings settings, LocalDate automaticSince, String changedBy,
                              Instant changedAt) {

    public static final CurrentSettings DEFAULTS =
            new CurrentSettings(OrganisationSettings.DEFAULTS, LocalDate.MIN, null, null);

    public boolean automatic() {
        return settings.automatic();
    }
}
