package org.casework.domain.engagement;

/**
 * What kind of work a consultation was. {@code MEETING} is a meeting with the client; {@code MEASURE} an act
 * for the client taken without meeting them.
 */
public enum ConsultationKind {
    MEETING,
    PHONE,
    EMAIL,
    PREPARATION,
    INFORMATION_SEARCH,
    MEASURE,
    CASE_CONFERENCE
}
