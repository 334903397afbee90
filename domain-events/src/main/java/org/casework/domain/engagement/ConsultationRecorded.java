package org.casework.domain.engagement;

import org.casework.domain.Erasure;
import org.axonframework.serialization.Revision;
import org.casework.domain.ClientEvent;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One act of work (konzultace) done on {@code date} inside an engagement.
 * <p>Revision 2 added {@code travelMinutes}: time spent getting to and from a place outside the office, counted
 * apart from {@code durationMinutes}; null when not recorded. Revision 1 (stored without a revision) is upcast by
 * {@code ConsultationRecordedUpcaster}: an office consultation had no travel (0), elsewhere it is unknown (null).
 */
@Revision(ConsultationRecorded.REVISION)
public record ConsultationRecorded(
        UUID consultationId,
        UUID engagementId,
        UUID clientId,
        LocalDate date,
        ConsultationKind kind,
        int durationMinutes,
        ConsultationPlace place,
        @Personal String placeNote,
        String worker,
        @Personal String record,
        @Personal List<String> participants,
        Integer travelMinutes) implements ClientEvent {

    public static final String REVISION = "2";

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
