package org.accord.api.silence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.accord.api.shared.Identifier;

import java.util.UUID;

/** Stable identity of a silence procedure; serialised as a plain JSON string. */
public record SilenceId(String value) {

    public SilenceId {
        Identifier.require(value, "Silence procedure id");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SilenceId of(String value) {
        return new SilenceId(value);
    }

    public static SilenceId random() {
        return new SilenceId(UUID.randomUUID().toString());
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
