package org.casework.domain.status;

/** Who made a status entry: a worker, the automatic rules, or the client's family (shared status). */
public enum StatusSource {
    MANUAL,
    AUTOMATIC,
    FAMILY;

    /** On the same effective date a worker's entry (or the family's) wins over the automatic one. */
    public boolean outranksAutomatic() {
        return this != AUTOMATIC;
    }
}
