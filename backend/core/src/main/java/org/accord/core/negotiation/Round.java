package org.accord.core.negotiation;

import java.time.Instant;

/** A round of negotiation and its deadline for tabling amendments. */
record Round(int number, Instant opensAt, Instant closesAt, Instant amendmentDeadline) {

    boolean overlaps(Instant opens, Instant closes) {
        return opens.isBefore(closesAt) && closes.isAfter(opensAt);
    }

    boolean isOn(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
