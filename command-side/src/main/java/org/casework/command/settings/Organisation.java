package org.casework.command.settings;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.casework.command.rules.Violations;
import org.casework.domain.settings.OrganisationSettings;
import org.casework.domain.settings.OrganisationSettingsChanged;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The organisation's settings, kept as events so every change is in the history with who and when. */
@Aggregate(filterEventsByType = true)
public class Organisation {

    /** There is one organisation per installation. */
    public static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    static final int MAX_DAYS = 3650;

    @AggregateIdentifier
    private UUID organisationId;

    protected Organisation() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeSettings command, Clock clock) {
        OrganisationSettings settings = command.settings();
        Violations violations = new Violations();
        violations.require(settings.statusMode() != null, "statusMode", "required", "must be MANUAL or AUTOMATIC");
        days(violations, "noContactDays", settings.noContactDays());
        days(violations, "consultationGapDays", settings.consultationGapDays());
        days(violations, "openEngagementDays", settings.openEngagementDays());
        violations.throwIfAny();
        apply(new OrganisationSettingsChanged(settings, LocalDate.now(clock)));
    }

    private static void days(Violations violations, String field, int days) {
        violations.require(days >= 1 && days <= MAX_DAYS, field, "days-in-range",
                "must be between 1 and " + MAX_DAYS + " days");
    }

    @EventSourcingHandler
    void on(OrganisationSettingsChanged event) {
        organisationId = ID;
    }
}
