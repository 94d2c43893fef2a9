package org.accord.api.procedure;

import java.time.Instant;

/** A round as shown, with its deadline for amendments. */
public record RoundView(int number, String title, Instant opensAt, Instant closesAt, Instant amendmentDeadline) {
}
