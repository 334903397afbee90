package org.casework.query.client;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.PersonalDataUpdated;
import org.casework.domain.client.ServiceApplicationRecorded;
import org.casework.domain.client.TimeSlot;
import org.casework.domain.client.TimeSlotsRequested;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementOpened;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@Component
@ProcessingGroup(ClientFileProjection.NAME)
class ClientFileProjection {

    static final String NAME = "client-files";

    private final ClientFileRepository files;

    ClientFileProjection(ClientFileRepository files) {
        this.files = files;
    }

    @EventHandler
    void on(ClientRegistered event) {
        files.save(new ClientFile(event.clientId(), event.personalData(), event.responsibleWorker(),
                event.registeredOn()));
    }

    @EventHandler
    void on(PersonalDataUpdated event) {
        file(event.clientId()).replace(event.personalData());
    }

    @EventHandler
    void on(ServiceApplicationRecorded event) {
        file(event.clientId()).application(event.receivedOn(), event.acceptedOn());
    }

    @EventHandler
    void on(TimeSlotsRequested event) {
        Map<DayOfWeek, String> slots = new EnumMap<>(DayOfWeek.class);
        event.slots().forEach((day, daySlots) -> slots.put(day, format(daySlots)));
        file(event.clientId()).timeSlots(slots, event.note());
    }

    @EventHandler
    void on(EngagementOpened event) {
        file(event.clientId()).engagementOpened();
    }

    @EventHandler
    void on(EngagementClosed event) {
        file(event.clientId()).engagementClosed();
    }

    @EventHandler
    void on(ConsultationRecorded event) {
        file(event.clientId()).contactOn(event.date());
    }

    @ResetHandler
    void reset() {
        files.deleteAllInBatch();
    }

    private ClientFile file(UUID clientId) {
        return files.findById(clientId)
                .orElseThrow(() -> new IllegalStateException("no client file for " + clientId));
    }

    private static String format(List<TimeSlot> slots) {
        return slots.stream().map(slot -> format(slot.start()) + "-" + format(slot.end()))
                .collect(Collectors.joining(", "));
    }

    private static String format(LocalTime time) {
        return String.format("%02d.%02d", time.getHour(), time.getMinute());
    }
}
