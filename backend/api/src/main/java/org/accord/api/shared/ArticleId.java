package org.accord.api.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Stable identity of an article (a clause of the draft), independent of any number shown; serialised as a plain JSON string. */
public record ArticleId(String value) {

    public ArticleId {
        Identifier.require(value, "Article id");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ArticleId of(String value) {
        return new ArticleId(value);
    }

    public static ArticleId random() {
        return new ArticleId(UUID.randomUUID().toString());
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
