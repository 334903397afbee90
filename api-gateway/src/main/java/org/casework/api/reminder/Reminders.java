package org.casework.api.reminder;

import org.casework.api.web.QueryClient;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.settings.SettingsLookup;
import org.casework.command.status.NoContactRule;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusTimeline;
import org.casework.query.access.Viewer;
import org.casework.query.care.FileKind;
import org.casework.query.reminder.ContactFacts;
import org.casework.query.reminder.FindContactFacts;
import org.casework.query.reminder.FindReminders;
import org.casework.query.reminder.Reminder;
import org.casework.query.reminder.ReminderKind;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What falls due in a worker's files from today up to {@code days} days ahead, both included; what is overdue
 * already is a discrepancy, not a reminder. The no-contact day is the command side's own rule
 * ({@link NoContactRule#firesOn}) over the facts the file's aggregate decides on, so the warning and the automatic
 * entry cannot disagree; the read models are asked only for the files the rule can fire for by the last day
 * ({@link NoContactRule#lastContactFiringBy}).
 */
@Component
public class Reminders {

    private final QueryClient queries;
    private final SettingsLookup settings;

    Reminders(QueryClient queries, SettingsLookup settings) {
        this.queries = queries;
        this.settings = settings;
    }

    public List<Reminder> due(String worker, Viewer viewer, LocalDate today, int days) {
        CurrentSettings current = settings.current();
        LocalDate until = today.plusDays(days);
        Optional<LocalDate> lastContactBy = NoContactRule.lastContactFiringBy(current, until);
        // the files the no-contact rule may fire for are read beside the other reminders
        CompletableFuture<List<ContactFacts>> watched = lastContactBy.isEmpty()
                ? CompletableFuture.completedFuture(List.of())
                : queries.beside(() -> queries.list(new FindContactFacts(worker, viewer, lastContactBy.get()),
                        ContactFacts.class));
        List<Reminder> due = new ArrayList<>(queries.list(new FindReminders(today, until,
                current.settings().consultationGapDays(), current.settings().openEngagementDays(), worker, viewer),
                Reminder.class));
        for (ContactFacts file : QueryClient.joined(watched)) {
            StatusTimeline timeline = timeline(file);
            NoContactRule.firesOn(current, timeline, file.registeredOn(),
                            Optional.ofNullable(file.lastConsultation()))
                    .filter(day -> !day.isBefore(today) && !day.isAfter(until))
                    .ifPresent(day -> due.add(noContact(file, day, current, timeline)));
        }
        due.sort(Reminder.IN_ORDER);
        return due;
    }

    /** The file's status history as its aggregate holds it: the read model's entries in recording order. */
    static StatusTimeline timeline(ContactFacts file) {
        return new StatusTimeline(file.entriesInRecordingOrder(), file.entriesInError());
    }

    private static Reminder noContact(ContactFacts file, LocalDate day, CurrentSettings current,
                                      StatusTimeline timeline) {
        boolean client = file.fileKind() == FileKind.CLIENT;
        String outcome = NoContactRule.outcome(current, timeline).map(Enum::name).orElseThrow();
        return new Reminder(day, ReminderKind.NO_CONTACT, file.fileKind(), client ? file.fileId() : null,
                client ? null : file.fileId(), file.name(), null,
                "without a consultation " + (client ? "" : "with a member ") + "by then, the status becomes "
                        + outcome + " (" + StatusReason.DID_NOT_COME + ") on " + day + ": "
                        + current.settings().noContactDays() + " days without contact");
    }
}
