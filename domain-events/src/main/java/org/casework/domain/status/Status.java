package org.casework.domain.status;

/** Where a client (or family) stands in the service lifecycle (R2), with the Czech terms of seed 001. */
public enum Status {
    /** oslovený: contacted, not yet an applicant. */
    CONTACTED,
    /** zájemce: applicant waiting for admission. */
    APPLICANT,
    /** uživatel služby: receives the service under a contract. */
    SERVICE_USER,
    /** služba přerušena: the service is suspended. */
    SUSPENDED,
    /** odmítnutý: not admitted, with a rejection reason. */
    REJECTED,
    /** ukončený: the service ended, with a termination reason. */
    TERMINATED;

    public boolean takesReason() {
        return this == REJECTED || this == TERMINATED;
    }

    /** The statuses the no-contact rule watches: the client is expected to keep coming. */
    public boolean expectsContact() {
        return this == CONTACTED || this == APPLICANT || this == SERVICE_USER;
    }
}
