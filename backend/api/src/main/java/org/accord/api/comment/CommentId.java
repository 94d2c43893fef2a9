package org.accord.api.comment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.accord.api.shared.Identifier;

import java.util.UUID;

/** Stable identity of a comment; serialised as a plain JSON string. */
public record CommentId(String value) {

    public CommentId {
        Identifier.require(value, "Comment id");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CommentId of(String value) {
        return new CommentId(value);
    }

    public static CommentId random() {
        return new CommentId(UUID.randomUUID().toString());
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
