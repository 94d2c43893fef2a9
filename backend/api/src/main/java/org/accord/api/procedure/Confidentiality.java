package org.accord.api.procedure;

import java.util.Objects;

/**
 * What observers see of the negotiating text.
 *
 * @param mode         live, delayed, or issued milestones only
 * @param delayMinutes for {@link Mode#DELAYED}: how far behind observers are (1 to 10,080)
 */
public record Confidentiality(Mode mode, int delayMinutes) {

    public enum Mode { LIVE, DELAYED, MILESTONES_ONLY }

    public static final Confidentiality LIVE = new Confidentiality(Mode.LIVE, 0);

    public Confidentiality {
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.DELAYED && (delayMinutes < 1 || delayMinutes > 10_080)) {
            throw new IllegalArgumentException("A delay must be between 1 minute and 7 days, got " + delayMinutes);
        }
        if (mode != Mode.DELAYED && delayMinutes != 0) {
            throw new IllegalArgumentException("Only a delayed confidentiality has a delay");
        }
    }
}
