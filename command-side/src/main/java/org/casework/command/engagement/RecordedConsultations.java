package org.casework.command.engagement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.casework.command.rules.RuleViolationException;
import org.casework.command.rules.UnknownRecordException;
import org.casework.domain.engagement.ConsultationTotals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What an engagement knows of each of its consultations: enough to validate a correction or a void and to count
 * them afterwards. Part of the engagement's snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class RecordedConsultations {

    /** One consultation as it stands; a voided one is kept so that it is not voided or corrected again. */
    record Held(LocalDate date, int minutes, String worker, boolean voided) {
    }

    private final Map<UUID, Held> byId = new HashMap<>();
    private LocalDate last;

    /** The consultation that may be corrected or voided: known and not voided. */
    Held correctable(UUID consultationId) {
        Held held = byId.get(consultationId);
        if (held == null) {
            throw new UnknownRecordException("This engagement has no consultation with id " + consultationId + ".");
        }
        if (held.voided()) {
            throw RuleViolationException.of("consultationId", "voided",
                    "the consultation " + consultationId + " is voided; it cannot be voided or corrected again");
        }
        return held;
    }

    LocalDate lastOn() {
        return last;
    }

    /** The totals once {@code consultationId} counts as {@code replacement} (null: not at all). */
    ConsultationTotals totalsWith(UUID consultationId, Held replacement) {
        int count = 0;
        long minutes = 0;
        LocalDate latest = null;
        for (Map.Entry<UUID, Held> entry : byId.entrySet()) {
            Held held = entry.getKey().equals(consultationId) ? replacement : entry.getValue();
            if (held == null || held.voided()) {
                continue;
            }
            count++;
            minutes += held.minutes();
            latest = latest == null || held.date().isAfter(latest) ? held.date() : latest;
        }
        return new ConsultationTotals(count, minutes, latest);
    }

    void recorded(UUID consultationId, LocalDate date, int minutes, String worker) {
        byId.put(consultationId, new Held(date, minutes, worker, false));
        if (last == null || date.isAfter(last)) {
            last = date;
        }
    }

    void corrected(UUID consultationId, LocalDate date, int minutes, String worker, ConsultationTotals totals) {
        byId.put(consultationId, new Held(date, minutes, worker, false));
        last = totals.lastConsultationOn();
    }

    void voided(UUID consultationId, ConsultationTotals totals) {
        Held held = byId.get(consultationId);
        byId.put(consultationId, new Held(held.date(), held.minutes(), held.worker(), true));
        last = totals.lastConsultationOn();
    }
}
