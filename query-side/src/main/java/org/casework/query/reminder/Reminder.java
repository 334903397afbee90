package org.casework.query.reminder;

import org.casework.query.care.FileKind;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/** One thing that falls due on {@code day} in a client's or a family's file, with a text saying what. */
public record Reminder(
        LocalDate day,
        ReminderKind kind,
        FileKind fileKind,
        UUID clientId,
        UUID familyId,
        String name,
        UUID engagementId,
        String text) {

    /** By day, then kind, name and file. */
    public static final Comparator<Reminder> IN_ORDER = Comparator.comparing(Reminder::day)
            .thenComparing(Reminder::kind).thenComparing(r -> r.name() == null ? "" : r.name())
            .thenComparing(r -> String.valueOf(r.clientId() != null ? r.clientId() : r.familyId()))
            .thenComparing(r -> String.valueOf(r.engagementId()));
}
