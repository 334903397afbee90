package org.casework.domain.sharing;

import java.time.LocalDate;

/** The days a sharing consent is in force; the one definition read by the file and by the read models. */
public final class ConsentTerms {

    private ConsentTerms() {
    }

    /**
     * In force on {@code day}: given by then, not past {@code validUntil}, and not revoked on or before that day.
     * A consent revoked today is over today: a share resting on it stops at once.
     */
    public static boolean inForce(LocalDate day, LocalDate givenOn, LocalDate validUntil, LocalDate revokedOn) {
        return !day.isBefore(givenOn)
                && (validUntil == null || !day.isAfter(validUntil))
                && (revokedOn == null || day.isBefore(revokedOn));
    }

    /** The last day in force, null when open-ended. */
    public static LocalDate lastDay(LocalDate validUntil, LocalDate revokedOn) {
        LocalDate beforeRevocation = revokedOn == null ? null : revokedOn.minusDays(1);
        if (validUntil == null) {
            return beforeRevocation;
        }
        return beforeRevocation == null || validUntil.isBefore(beforeRevocation) ? validUntil : beforeRevocation;
    }
}
