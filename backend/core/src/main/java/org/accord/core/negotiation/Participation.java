package org.accord.core.negotiation;

import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.springframework.stereotype.Component;

/**
 * Whether a person takes part in a negotiation (its chair or a member delegation), for the
 * modules outside this package that serve only participants, such as co-editing.
 */
@Component
public class Participation {

    private final NegotiationReadModel readModel;

    Participation(NegotiationReadModel readModel) {
        this.readModel = readModel;
    }

    public boolean takesPart(NegotiationId negotiation, Actor person) {
        return readModel.find(negotiation)
                .map(view -> Audience.of(view, person) == Audience.PARTICIPANT)
                .orElse(false);
    }
}
