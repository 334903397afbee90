package org.casework.query.client;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.casework.domain.EventMetadata;
import org.casework.domain.client.EngagementAddedToFile;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationCorrected;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.ConsultationTotals;
import org.casework.domain.engagement.ConsultationVoided;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementClosureCorrected;
import org.casework.domain.engagement.EngagementDetailsEdited;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.engagement.EngagementReopened;
import org.casework.query.care.PlanCard;
import org.casework.query.care.PlanVersion;
import org.casework.query.support.RecordingTime;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * As-of reads: the client's own stream and its engagements' streams, cut at the recording time, are fed through the
 * very {@link ClientFileProjection} that keeps the read model, into memory instead of the database.
 */
@Component
class ClientAsOfQueryHandler {

    private final EventStore eventStore;
    private final ClientFileRepository files;
    private final Clock clock;

    ClientAsOfQueryHandler(EventStore eventStore, ClientFileRepository files, Clock clock) {
        this.eventStore = eventStore;
        this.files = files;
        this.clock = clock;
    }

    @QueryHandler
    Optional<ClientAsOf> handle(ClientQueries.FindClientAsOf query) throws Exception {
        MemoryClientFileStore store = new MemoryClientFileStore();
        AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(new ClientFileProjection(store, clock));
        List<DomainEventMessage<?>> clientEvents = recordedBefore(query.clientId(), query.recordedBefore());
        Map<UUID, Engagement> engagements = new LinkedHashMap<>();
        int count = 0;
        for (DomainEventMessage<?> event : clientEvents) {
            projection.handle(event);
            count++;
            if (event.getPayload() instanceof EngagementAddedToFile added) {
                engagements.put(added.engagementId(), new Engagement());
            }
        }
        if (!store.holds(query.clientId())) {
            return Optional.empty();
        }
        for (Map.Entry<UUID, Engagement> engagement : engagements.entrySet()) {
            for (DomainEventMessage<?> event : recordedBefore(engagement.getKey(), query.recordedBefore())) {
                projection.handle(event);
                engagement.getValue().apply(event.getPayload());
                count++;
            }
        }
        ClientFile file = store.file(query.clientId());
        PlanCard plan = store.plansOf(query.clientId()).stream().reduce((older, newer) -> newer)
                .map(PlanVersion::toPlan).orElse(null);
        String familyName = file.familyId() == null ? null : files.familyName(file.familyId()).orElse(null);
        ClientCard card = file.toCard(store.contractsOf(query.clientId()), plan, familyName, query.day());
        List<ClientAsOf.Engagement> opened = engagements.values().stream().filter(Engagement::opened)
                .map(Engagement::toAsOf).sorted(Comparator.comparing(ClientAsOf.Engagement::openedOn)).toList();
        return Optional.of(new ClientAsOf(query.day(), query.recordedBefore(), count, card, opened));
    }

    private List<DomainEventMessage<?>> recordedBefore(UUID aggregateId, Instant before) {
        List<DomainEventMessage<?>> known = new ArrayList<>();
        eventStore.readEvents(aggregateId.toString()).asStream()
                .filter(event -> recordedAt(event).isBefore(before))
                .forEach(known::add);
        return known;
    }

    private static Instant recordedAt(EventMessage<?> event) {
        Object recordedAt = event.getMetaData().get(EventMetadata.RECORDED_AT);
        return RecordingTime.of(recordedAt == null ? null : recordedAt.toString(), event.getTimestamp());
    }

    /** What the file says about one engagement; rebuilt from its events, corrections included. */
    private static final class Engagement {
        private EngagementOpened opened;
        private String title;
        private LocalDate closedOn;
        private ClosureReason closureReason;
        private int consultations;
        private LocalDate lastConsultationOn;

        void apply(Object event) {
            if (event instanceof EngagementOpened e) {
                opened = e;
                title = e.title();
            } else if (event instanceof EngagementDetailsEdited e) {
                title = e.title();
            } else if (event instanceof EngagementClosed e) {
                closed(e.closedOn(), e.reason());
            } else if (event instanceof EngagementClosureCorrected e) {
                closed(e.closedOn(), e.reason());
            } else if (event instanceof EngagementReopened) {
                closed(null, null);
            } else if (event instanceof ConsultationRecorded e) {
                consultations++;
                if (lastConsultationOn == null || e.date().isAfter(lastConsultationOn)) {
                    lastConsultationOn = e.date();
                }
            } else if (event instanceof ConsultationCorrected e) {
                counted(e.totals());
            } else if (event instanceof ConsultationVoided e) {
                counted(e.totals());
            }
        }

        private void closed(LocalDate on, ClosureReason reason) {
            closedOn = on;
            closureReason = reason;
        }

        private void counted(ConsultationTotals totals) {
            consultations = totals.consultations();
            lastConsultationOn = totals.lastConsultationOn();
        }

        boolean opened() {
            return opened != null;
        }

        ClientAsOf.Engagement toAsOf() {
            return new ClientAsOf.Engagement(opened.engagementId(), title, opened.openedOn(), closedOn,
                    closureReason, consultations, lastConsultationOn);
        }
    }
}
