package org.accord.core.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.procedure.RulesOfProcedure;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code NegotiationOpened} revision 1 had no rules of procedure: negotiations opened then ran
 * under the standard rules, which revision 2 records explicitly.
 */
@Component
@Order(0)
class NegotiationOpenedUpcaster extends SingleEventUpcaster {

    private static final String TYPE = NegotiationOpened.class.getName();
    private static final JsonNode STANDARD_RULES = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule()).build()
            .valueToTree(RulesOfProcedure.standard());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class, payload -> {
            ((ObjectNode) payload).set("rules", STANDARD_RULES.deepCopy());
            return payload;
        });
    }
}
