package org.casework.domain.household;

/** How a member of the household is related to the client (seed 002, field 11). {@code OTHER} comes with a text. */
public enum HouseholdRelation {
    SPOUSE,
    FORMER_SPOUSE,
    PARTNER,
    FORMER_PARTNER,
    CHILD,
    GRANDPARENT,
    GRANDCHILD,
    SIBLING,
    COUSIN,
    NOT_RELATED,
    OTHER
}
