package org.casework.api.engagement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** Bulk entry (RZ): several consultations into one engagement, all or nothing. */
public record ConsultationBatchBody(@NotNull List<@NotNull @Valid ConsultationBody> consultations) {
}
