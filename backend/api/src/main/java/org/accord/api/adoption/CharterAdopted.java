package org.accord.api.adoption;

import org.accord.api.milestone.FrozenClause;
import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The charter was adopted; its text is frozen with its SHA-256 {@code textHash} and nothing can
 * change it any more. {@code bySilence} when adopted because a silence procedure held.
 */
@Revision("1")
public record CharterAdopted(NegotiationId negotiationId, List<FrozenClause> clauses, String textHash,
                             boolean bySilence, Actor by) {

    public CharterAdopted {
        clauses = List.copyOf(clauses);
    }
}
