package org.casework.command.client;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A correction or a void moved a client's last consultation back (issue 20), so the no-contact rule may be due
 * before its next check. The engagement asks the file to look now; the file looks again on the day the rule would
 * fire (once: a newer consultation moves that day later, which the regular check follows anyway).
 */
public final class ContactMovedBack {

    public static final String DEADLINE = "no-contact-recheck";

    private ContactMovedBack() {
    }

    /** {@code due} is null for the look now, else the day the rule was to fire when it was scheduled. */
    public record Recheck(LocalDate due) {
    }

    public static void recheckNow(DeadlineManager deadlines, Clock clock, UUID clientId) {
        deadlines.schedule(clock.instant(), DEADLINE, new Recheck(null),
                new AggregateScopeDescriptor(Client.class.getSimpleName(), clientId));
    }
}
