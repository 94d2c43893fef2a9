package org.accord.api.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Stable identity of a negotiation, independent of any number shown; serialised as a plain JSON string. */
public record NegotiationId(String value) {

    public NegotiationId {
        Identifier.require(value, "Negotiation id");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static NegotiationId of(String value) {
        return new NegotiationId(value);
    }

    public static NegotiationId random() {
        return new NegotiationId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
