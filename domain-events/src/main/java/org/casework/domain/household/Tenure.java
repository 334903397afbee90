package org.casework.domain.household;

/** On what footing a member lives in the dwelling (seed 002, field 12). {@code OTHER} comes with a text. */
public enum Tenure {
    OWNER,
    PART_OWNER,
    SAME_HOUSEHOLD,
    SEPARATE_HOUSEHOLD,
    TENANT,
    SUBTENANT,
    FAMILY_MEMBER,
    GRATUITOUS_USE,
    NO_LEGAL_TITLE,
    OTHER
}
