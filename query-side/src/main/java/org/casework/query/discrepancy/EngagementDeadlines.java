package org.casework.query.discrepancy;

/**
 * R5's two engagement deadlines in SQL, one home for the discrepancies, the reminders and the work list: G days
 * after the last consultation (or the opening, when none) and L days after the opening are the last days allowed;
 * the day after each is a discrepancy. Over {@code engagement_view} aliased as given; parameters {@code :today},
 * {@code :gap} (G) and {@code :open} (L). Written as ranges over the columns, so the indexes over them serve.
 */
public final class EngagementDeadlines {

    private EngagementDeadlines() {
    }

    /** The day the gap counts from: the last consultation, else the opening. */
    public static String lastContact(String e) {
        return "coalesce(" + e + ".last_consultation_on, " + e + ".opened_on)";
    }

    /** The last day allowed without a consultation. */
    public static String lastDayWithoutConsultation(String e) {
        return "(" + lastContact(e) + " + cast(:gap as integer))";
    }

    /** The last day the engagement may stay open. */
    public static String lastDayOpen(String e) {
        return "(" + e + ".opened_on + cast(:open as integer))";
    }

    /** More than G days without a consultation on {@code :today}. */
    public static String withoutConsultation(String e) {
        return lastContact(e) + " < cast(:today as date) - cast(:gap as integer)";
    }

    /** Open more than L days on {@code :today}. */
    public static String openTooLong(String e) {
        return e + ".opened_on < cast(:today as date) - cast(:open as integer)";
    }

    /** The last day without a consultation falls between {@code :today} and {@code :until}, both included. */
    public static String consultationDueBetween(String e) {
        return lastContact(e) + " between cast(:today as date) - cast(:gap as integer)"
                + " and cast(:until as date) - cast(:gap as integer)";
    }

    /** The last day open falls between {@code :today} and {@code :until}, both included. */
    public static String openLimitBetween(String e) {
        return e + ".opened_on between cast(:today as date) - cast(:open as integer)"
                + " and cast(:until as date) - cast(:open as integer)";
    }
}
