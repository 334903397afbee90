package org.casework.domain.status;

import java.util.EnumSet;
import java.util.Set;

import static org.casework.domain.status.Status.REJECTED;
import static org.casework.domain.status.Status.TERMINATED;

/** The code lists of rejection (důvod odmítnutí) and termination (důvod ukončení) reasons. */
public enum StatusReason {
    DID_NOT_COME(REJECTED, TERMINATED),
    CONTRACT_ENDED(TERMINATED),
    CLIENT_DECISION(REJECTED, TERMINATED),
    OUT_OF_TARGET_GROUP(REJECTED, TERMINATED),
    CAPACITY(REJECTED),
    EXCLUDED(TERMINATED),
    DIED(REJECTED, TERMINATED),
    MOVED_AWAY(REJECTED, TERMINATED),
    GOAL_ACHIEVED(TERMINATED),
    OTHER(REJECTED, TERMINATED);

    private final Set<Status> statuses;

    StatusReason(Status first, Status... more) {
        this.statuses = EnumSet.of(first, more);
    }

    /** Whether the reason belongs to the code list of {@code status}. */
    public boolean appliesTo(Status status) {
        return statuses.contains(status);
    }
}
