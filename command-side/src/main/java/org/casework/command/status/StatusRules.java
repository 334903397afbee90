package org.casework.command.status;

import org.casework.command.rules.BusinessDates;
import org.casework.command.rules.Text;
import org.casework.command.rules.Violations;
import org.casework.domain.settings.OrganisationSettings;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.domain.status.StatusTimeline;

import java.time.LocalDate;

/** What makes a status entry by a worker (or a family) valid (R2). */
public final class StatusRules {

    private StatusRules() {
    }

    /** The entry to record, or the violations found; {@code since} is the day the file was opened. */
    public static StatusEntry checked(ManualStatus input, StatusSource source, StatusTimeline timeline,
                                      OrganisationSettings settings, LocalDate since, LocalDate today,
                                      Violations violations) {
        Status status = input.status();
        LocalDate effectiveDate = input.effectiveDate();
        violations.require(status != null, "status", "required", "must be given");
        violations.require(effectiveDate != null, "effectiveDate", "required", "must be given");
        BusinessDates.notInFuture(violations, "effectiveDate", effectiveDate, today);
        BusinessDates.notBefore(violations, "effectiveDate", effectiveDate, since, "not-before-registered",
                "the day the file was opened");
        String reasonNote = Text.clean(input.reasonNote());
        if (status != null) {
            reason(status, input.reason(), reasonNote, violations);
            violations.require(status != Status.CONTACTED || settings.contactedStateUsed(), "status",
                    "state-not-used", "the organisation does not use the CONTACTED state (settings)");
            if (status == Status.SUSPENDED && effectiveDate != null) {
                Status before = timeline.statusOn(effectiveDate).orElse(null);
                violations.require(before == Status.SERVICE_USER || before == Status.SUSPENDED, "status",
                        "suspend-only-service-user",
                        "only a service user can be suspended; on " + effectiveDate + " the status is " + before);
            }
        }
        return new StatusEntry(status, effectiveDate, input.reason(), reasonNote, Text.clean(input.note()), source);
    }

    private static void reason(Status status, StatusReason reason, String reasonNote, Violations violations) {
        if (!status.takesReason()) {
            violations.require(reason == null, "reason", "reason-not-allowed",
                    "the status " + status + " takes no reason");
            violations.require(reasonNote == null, "reasonNote", "reason-not-allowed",
                    "the status " + status + " takes no reason");
            return;
        }
        if (reason == null) {
            violations.add("reason", "reason-required", "the status " + status + " needs a reason");
            return;
        }
        violations.require(reason.appliesTo(status), "reason", "reason-not-in-code-list",
                reason + " is not a reason for " + status);
        violations.require(reason != StatusReason.OTHER || reasonNote != null, "reasonNote",
                "text-required-for-other", "must describe the reason when the reason is OTHER");
    }
}
