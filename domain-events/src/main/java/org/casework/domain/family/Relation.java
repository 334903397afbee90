package org.casework.domain.family;

/**
 * How a member is related to the family's reference person (the person the family file is kept around).
 * The reference person is a member too, with {@link #REFERENCE_PERSON}.
 */
public enum Relation {
    REFERENCE_PERSON,
    SPOUSE,
    PARTNER,
    CHILD,
    PARENT,
    GRANDPARENT,
    GRANDCHILD,
    SIBLING,
    OTHER_RELATIVE,
    NO_RELATION
}
