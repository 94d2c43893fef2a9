package org.accord.api.silence;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A text is under silence until {@code expiresAt}; an empty {@code clauses} means the whole charter. */
@Revision("1")
public record SilenceProcedureOpened(NegotiationId negotiationId, SilenceId silenceId, List<ArticleId> clauses,
                                     Instant expiresAt, Actor by) {

    public SilenceProcedureOpened {
        clauses = List.copyOf(clauses);
    }
}
