package org.casework.query.reminder;

import org.casework.query.access.Viewer;

/**
 * The facts the no-contact rule decides on, for the files whose responsible worker is {@code worker} (visible to the
 * viewer) and whose status in force expects contact. Answers a list of {@link ContactFacts}.
 */
public record FindContactFacts(String worker, Viewer viewer) {
}
