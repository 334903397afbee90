package org.casework.query.worklist;

import org.casework.query.access.Viewer;

import java.time.LocalDate;

/** How many client and family files whose responsible worker is {@code worker} have each colour {@code today}. */
public record FindMyFiles(String worker, Viewer viewer, LocalDate today) {
}
