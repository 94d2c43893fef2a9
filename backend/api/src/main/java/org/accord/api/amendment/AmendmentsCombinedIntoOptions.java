package org.accord.api.amendment;

import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

import java.util.List;

/** The clause now has these amendments as alternative options; its status is OPTIONS until one is chosen. */
@Revision("1")
public record AmendmentsCombinedIntoOptions(NegotiationId negotiationId, ArticleId clauseId,
                                            List<AmendmentId> amendments, Actor by) {

    public AmendmentsCombinedIntoOptions {
        amendments = List.copyOf(amendments);
    }
}
