package org.casework.query.status;

/** The colour of a client or family in the overviews (R3); never entered, always derived ({@link Colouring}). */
public enum Colour {
    GREY,
    YELLOW,
    GREEN,
    ORANGE,
    BLUE,
    RED,
    BLACK
}
