package org.casework.query.discrepancy;

/** The kinds of discrepancy (nesrovnalost) of R5, each computed for the day of the question. */
public enum DiscrepancyKind {
    /** an open engagement with no consultation for more than G days (from its last consultation, else its opening) */
    ENGAGEMENT_WITHOUT_CONSULTATION,
    /** an engagement open for more than L days */
    ENGAGEMENT_OPEN_TOO_LONG,
    /** a status that contradicts the contracts: the combinations that make the colour RED */
    STATUS_CONTRACT_MISMATCH,
    /** a service user with no individual plan, or with a plan past its review date */
    PLAN_MISSING_OR_OVERDUE
}
