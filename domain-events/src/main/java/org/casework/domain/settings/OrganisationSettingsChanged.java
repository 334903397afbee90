package org.casework.domain.settings;

import java.time.LocalDate;

/** The administrator changed the settings; they apply from {@code effectiveOn} (the day of the change). */
public record OrganisationSettingsChanged(OrganisationSettings settings, LocalDate effectiveOn) {
}
