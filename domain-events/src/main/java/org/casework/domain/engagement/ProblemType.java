package org.casework.domain.engagement;

/** The problem the client brings (seed 002, FOLYAMATŰRLAP field 6). {@code OTHER} comes with a text. */
public enum ProblemType {
    LIVING_CONDITIONS,
    FAMILY_RELATIONSHIP,
    DOMESTIC_VIOLENCE,
    MENTAL_HEALTH,
    CHILD_REARING,
    FINANCIAL,
    EMPLOYMENT,
    HEALTH_IMPAIRMENT,
    ADMINISTRATION_HELP,
    INFORMATION_REQUEST,
    OTHER
}
