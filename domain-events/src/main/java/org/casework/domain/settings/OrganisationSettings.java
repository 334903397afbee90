package org.casework.domain.settings;

/**
 * The organisation's choices (Správa -> Volitelné funkce).
 *
 * @param statusMode             manual or automatic status
 * @param contactedStateUsed     whether a new client starts as CONTACTED (oslovený) rather than APPLICANT
 * @param noContactDays          N: days without a consultation after which the automatic rule rejects or terminates
 * @param consultationGapDays    G: an open engagement without a consultation for longer is a discrepancy
 * @param openEngagementDays     L: an engagement open for longer is a discrepancy
 * @param statusSharedWithFamily whether a family's status entries apply to its members
 */
public record OrganisationSettings(
        StatusMode statusMode,
        boolean contactedStateUsed,
        int noContactDays,
        int consultationGapDays,
        int openEngagementDays,
        boolean statusSharedWithFamily) {

    /** What a new installation works with until an administrator changes it. */
    public static final OrganisationSettings DEFAULTS =
            new OrganisationSettings(StatusMode.AUTOMATIC, false, 90, 30, 365, false);

    public boolean automatic() {
        return statusMode == StatusMode.AUTOMATIC;
    }
}
