package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.command.plan.PlanAdoption;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record AdoptFamilyPlan(@TargetAggregateIdentifier UUID familyId, LocalDate validFrom, LocalDate reviewDue,
                              List<String> goals) implements PlanAdoption {
}
