package org.casework.api.settings;

import org.casework.command.settings.CurrentSettings;
import org.casework.domain.settings.OrganisationSettings;
import org.casework.domain.settings.StatusMode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The settings in force. {@code automaticSince} is the day automatic status was last switched on (empty in manual
 * mode or when it has been on since installation); {@code changedBy}/{@code changedAt} are empty for the defaults.
 */
public record SettingsView(
        StatusMode statusMode,
        boolean contactedStateUsed,
        int noContactDays,
        int consultationGapDays,
        int openEngagementDays,
        boolean statusSharedWithFamily,
        LocalDate automaticSince,
        String changedBy,
        Instant changedAt) {

    static SettingsView of(CurrentSettings current) {
        OrganisationSettings s = current.settings();
        LocalDate since = LocalDate.MIN.equals(current.automaticSince()) ? null : current.automaticSince();
        return new SettingsView(s.statusMode(), s.contactedStateUsed(), s.noContactDays(), s.consultationGapDays(),
                s.openEngagementDays(), s.statusSharedWithFamily(), since, current.changedBy(), current.changedAt());
    }
}
