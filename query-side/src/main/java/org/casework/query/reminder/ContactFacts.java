package org.casework.query.reminder;

import org.casework.domain.status.StatusEntry;
import org.casework.query.care.FileKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the file's aggregate knows when its no-contact check runs: the day it was registered (a family: created),
 * its status entries in recording order (without their notes), and the last consultation in any engagement of the
 * client (a family: of any current member), null when none. {@code entriesInError} are the indexes (recording order)
 * of the entries marked as entered in error.
 */
public record ContactFacts(FileKind fileKind, UUID fileId, String name, LocalDate registeredOn,
                           List<StatusEntry> entriesInRecordingOrder, Set<Integer> entriesInError,
                           LocalDate lastConsultation) {
}
