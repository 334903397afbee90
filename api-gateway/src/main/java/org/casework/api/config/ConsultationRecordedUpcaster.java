package org.casework.api.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;

/**
 * {@link ConsultationRecorded} stored before revision 2 (without a revision) gains {@code travelMinutes}: 0 for a
 * consultation in the office, where nobody travels; unknown (null) anywhere else, since it was never recorded.
 */
class ConsultationRecordedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ConsultationRecorded.class.getTypeName(), null);
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(ConsultationRecorded.class.getTypeName(), ConsultationRecorded.REVISION);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, ConsultationRecordedUpcaster::withTravel);
    }

    private static JsonNode withTravel(JsonNode revision1) {
        ObjectNode revision2 = revision1.deepCopy();
        boolean inOffice = ConsultationPlace.IN_OFFICE.name().equals(revision1.path("place").asText());
        if (inOffice) {
            revision2.put("travelMinutes", 0);
        } else {
            revision2.putNull("travelMinutes");
        }
        return revision2;
    }
}
