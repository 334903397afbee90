package org.casework.query.reminder;

/** What falls due on a reminder's day; the day after it is overdue (most kinds then become a discrepancy, R5). */
public enum ReminderKind {
    /** a service user's individual plan falls due for review (the next day it is overdue) */
    PLAN_REVIEW,
    /** the last valid day of a contract valid today */
    CONTRACT_END,
    /** the day the no-contact rule records REJECTED or TERMINATED (DID_NOT_COME) unless there is contact first */
    NO_CONTACT,
    /** the last day an open engagement may go without a consultation (G); the next day is a discrepancy */
    CONSULTATION_DUE,
    /** the last day an engagement may stay open (L); the next day is a discrepancy */
    ENGAGEMENT_OPEN_LIMIT,
    /** the last day a consent to sharing in force today is in force */
    CONSENT_EXPIRES
}
