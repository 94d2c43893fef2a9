package org.accord.api.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Code of a delegation: an ISO 3166-1 alpha-3 state code (KAZ, UZB) or the short code of an
 * organisation (GCC, UN). Upper case, 2 to 8 letters; serialised as a plain JSON string.
 */
public record DelegationCode(String value) {

    public DelegationCode {
        if (value == null || value.length() < 2 || value.length() > 8
                || !value.chars().allMatch(c -> Identifier.isAsciiLetter((char) c))) {
            throw new IllegalArgumentException("Delegation code must be 2 to 8 letters, got '" + value + "'");
        }
        value = value.toUpperCase(Locale.ROOT);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DelegationCode of(String value) {
        return new DelegationCode(value);
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
