package org.accord.core.negotiation;

import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.EndorsementMatrix;
import org.accord.api.shared.DelegationCode;

import java.util.HashMap;
import java.util.Map;

/** The endorsement board, derived from the negotiation view: members across, clauses down. */
final class EndorsementBoard {

    private EndorsementBoard() {
    }

    static EndorsementMatrix of(NegotiationView view) {
        return new EndorsementMatrix(
                view.members().stream().map(DelegationView::code).toList(),
                view.articles().stream().map(article -> {
                    Map<DelegationCode, EndorsementMatrix.Cell> cells = new HashMap<>();
                    article.positions().forEach(position -> cells.put(position.delegation(),
                            new EndorsementMatrix.Cell(position.kind(), position.revision(), position.current())));
                    return new EndorsementMatrix.Row(article.articleId(), article.number(), article.heading(),
                            article.revision(), article.status(), cells);
                }).toList(),
                view.shareAgreed());
    }
}
