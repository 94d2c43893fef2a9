package org.accord.api.coediting;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;

/**
 * One revision of a clause as co-editing clients see it: {@code operation} (JSON, §1 of
 * docs/co-editing.md) turns revision {@code revision - 1} into {@code revision}. A co-editing
 * batch names its {@code clientId} and {@code clientSeq}; a revision from elsewhere (an
 * amendment incorporated, a revision by the chair) has neither. A {@code restart} (the clause
 * was split or merged, or has just been added) has no operation: clients must reload.
 *
 * @param delegation the author's delegation; {@code null} for the chair
 */
public record ClauseEditEntry(NegotiationId negotiationId,
                              ArticleId clauseId,
                              long revision,
                              String operation,
                              String clientId,
                              long clientSeq,
                              DelegationCode delegation,
                              String authorName,
                              boolean restart) {

    /** The author as authorship runs name them: a delegation code, or {@code CHAIR}. */
    public String author() {
        return AuthorshipRun.authorOf(delegation);
    }
}
