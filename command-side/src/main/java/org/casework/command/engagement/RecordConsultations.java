package org.casework.command.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** Records one or many consultations into an engagement; all of them or none (R1 bulk entry). */
public record RecordConsultations(@TargetAggregateIdentifier UUID engagementId,
                                  List<NewConsultation> consultations) {
}
