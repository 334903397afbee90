package org.casework.domain.engagement;

/** Where a consultation took place; {@code ELSEWHERE} comes with a text naming the place. */
public enum ConsultationPlace {
    IN_OFFICE,
    CLIENT_HOME,
    ELSEWHERE
}
