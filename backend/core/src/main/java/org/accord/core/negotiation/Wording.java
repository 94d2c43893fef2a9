package org.accord.core.negotiation;

import org.accord.api.negotiation.NegotiationCommands;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.RejectionReason;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The wording of a clause: its text, and the operations on it counted in Unicode code points. */
final class Wording {

    private Wording() {
    }

    static String hash(String wording) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(wording.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static int length(String wording) {
        return wording.codePointCount(0, wording.length());
    }

    /** Code points {@code [from, to)} of the wording; refused when out of range. */
    static String slice(String wording, int from, int to) {
        int length = length(wording);
        if (to > length) {
            throw new CommandRejectedException(RejectionReason.RANGE_OUT_OF_BOUNDS,
                    "The range [" + from + ", " + to + ") lies outside the wording of " + length + " characters");
        }
        int start = wording.offsetByCodePoints(0, from);
        return wording.substring(start, wording.offsetByCodePoints(start, to - from));
    }

    /** The wording with code points {@code [from, to)} replaced; refused when out of range or too long. */
    static String replace(String wording, int from, int to, String replacement) {
        int length = length(wording);
        if (to > length) {
            throw new CommandRejectedException(RejectionReason.RANGE_OUT_OF_BOUNDS,
                    "The range [" + from + ", " + to + ") lies outside the wording of " + length + " characters");
        }
        int start = wording.offsetByCodePoints(0, from);
        int end = wording.offsetByCodePoints(start, to - from);
        String result = wording.substring(0, start) + replacement + wording.substring(end);
        if (length(result) > NegotiationCommands.MAX_ARTICLE_TEXT) {
            throw new CommandRejectedException(RejectionReason.TEXT_TOO_LONG,
                    "The wording would exceed " + NegotiationCommands.MAX_ARTICLE_TEXT + " characters");
        }
        return result;
    }
}
