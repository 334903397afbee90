package org.casework.domain.household;

/**
 * The type of an income (seed 002, fields 13 and 26). A person with no income ("nincs") has an empty income list.
 * Pensions and pension-like regular social benefits share one list of kinds (fields 16 and 29).
 */
public enum IncomeType {
    /** fields 14–15, 27–28 */
    WORK,
    /** fields 16–17, 29–30 */
    PENSION,
    /** fields 16–17, 29–30 */
    PENSION_LIKE_SOCIAL_BENEFIT,
    /** fields 18–19, 31–32 */
    CHILD_RELATED,
    /** fields 20–21, 33–34 */
    MUNICIPAL_OR_LABOUR_BENEFIT,
    /** fields 22–23, 35–36 */
    OTHER_REGULAR_BENEFIT,
    /** fields 24–25, 37–38 */
    OTHER_INCOME
}
