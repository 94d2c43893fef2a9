package org.accord.api.milestone;

import java.time.Instant;

/** An issued text in the list of milestones. */
public record MilestoneView(int sequence, MilestoneKind kind, String documentSymbol, String textHash, int clauses,
                            Instant issuedAt) {
}
