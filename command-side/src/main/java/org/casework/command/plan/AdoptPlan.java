package org.casework.command.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record AdoptPlan(@TargetAggregateIdentifier UUID clientId, LocalDate validFrom, LocalDate reviewDue,
                        List<String> goals) implements PlanAdoption {
}
