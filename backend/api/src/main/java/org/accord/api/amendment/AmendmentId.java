package org.accord.api.amendment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.accord.api.shared.Identifier;

import java.util.UUID;

/** Stable identity of an amendment; serialised as a plain JSON string. */
public record AmendmentId(String value) {

    public AmendmentId {
        Identifier.require(value, "Amendment id");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AmendmentId of(String value) {
        return new AmendmentId(value);
    }

    public static AmendmentId random() {
        return new AmendmentId(UUID.randomUUID().toString());
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
