package org.casework.domain.engagement;

/** Why an engagement was closed (seed 002, FOLYAMATŰRLAP field 53). {@code OTHER} comes with a text. */
public enum ClosureReason {
    SUCCESSFUL,
    LACK_OF_COOPERATION,
    REFERRED_TO_ANOTHER_SERVICE,
    REFERRED_TO_ANOTHER_INSTITUTION,
    CONTACT_LOST,
    OTHER
}
