package org.casework.api.config;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Revision 1 of ConsultationRecorded, as stored before revision 2 existed (JSON fixtures), reads as revision 2. */
class ConsultationRecordedUpcasterTest {

    private final Serializer serializer = new AxonConfiguration().serializer();
    private final ConsultationRecordedUpcaster upcaster = new ConsultationRecordedUpcaster();

    @Test
    void consultationOutsideTheOfficeGetsUnknownTravelTime() throws IOException {
        ConsultationRecorded upcast = upcast("consultation-recorded-revision-1-home.json");

        assertThat(upcast).isEqualTo(new ConsultationRecorded(
                UUID.fromString("6f1c2a9e-4b1d-4c3e-9a57-1c2d3e4f5a60"),
                UUID.fromString("0b7e3f2a-9c1d-4e8f-a2b3-c4d5e6f70819"),
                UUID.fromString("3a2b1c0d-8e7f-4a5b-9c6d-7e8f9a0b1c2d"),
                LocalDate.of(2025, 3, 4), ConsultationKind.MEETING, 60, ConsultationPlace.CLIENT_HOME, null, "bob",
                "Home visit, talked about the rent arrears", List.of("Jana"), null));
    }

    @Test
    void consultationInTheOfficeHadNoTravel() throws IOException {
        ConsultationRecorded upcast = upcast("consultation-recorded-revision-1-office.json");

        assertThat(upcast.place()).isEqualTo(ConsultationPlace.IN_OFFICE);
        assertThat(upcast.travelMinutes()).isZero();
        assertThat(upcast.durationMinutes()).isEqualTo(15);
    }

    @Test
    void revisionTwoIsLeftAlone() throws IOException {
        IntermediateEventRepresentation stored = stored("consultation-recorded-revision-1-home.json",
                ConsultationRecorded.REVISION);

        assertThat(upcaster.upcast(Stream.of(stored)).toList()).containsExactly(stored);
    }

    private ConsultationRecorded upcast(String fixture) throws IOException {
        List<IntermediateEventRepresentation> upcast = upcaster.upcast(Stream.of(stored(fixture, null))).toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo(ConsultationRecorded.REVISION);
        return serializer.deserialize(upcast.get(0).getData());
    }

    private IntermediateEventRepresentation stored(String fixture, String revision) throws IOException {
        byte[] json;
        try (InputStream in = getClass().getResourceAsStream("/events/" + fixture)) {
            assertThat(in).as(fixture).isNotNull();
            json = in.readAllBytes();
        }
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Engagement",
                "0b7e3f2a-9c1d-4e8f-a2b3-c4d5e6f70819", 3, UUID.randomUUID().toString(), "2025-03-04T10:00:00Z",
                ConsultationRecorded.class.getName(), revision, json, "{}".getBytes());
        return new InitialEventRepresentation(entry, serializer);
    }
}
