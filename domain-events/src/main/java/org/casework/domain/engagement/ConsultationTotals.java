package org.casework.domain.engagement;

import java.time.LocalDate;

/**
 * An engagement's consultations as its aggregate counts them after a correction or a void: how many count, their
 * minutes, the date of the latest (null when none is left). Read models take these instead of recounting.
 */
public record ConsultationTotals(int consultations, long minutes, LocalDate lastConsultationOn) {
}
