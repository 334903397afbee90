package org.casework.query.reminder;

import org.casework.query.access.Viewer;

import java.time.LocalDate;

/**
 * The facts the no-contact rule decides on, for the files whose responsible worker is {@code worker} (visible to the
 * viewer), whose status in force expects contact and whose last contact, as far as the read models can tell (the
 * latest of the registration, the last consultation and the day the current status period began), is on or before
 * {@code lastContactBy}: the command side's rule says which files can fire by a day
 * ({@code NoContactRule.lastContactFiringBy}) and decides on the facts. Answers a list of {@link ContactFacts}.
 */
public record FindContactFacts(String worker, Viewer viewer, LocalDate lastContactBy) {
}
