package org.accord.api.negotiation;

import org.accord.api.amendment.AmendmentView;
import org.accord.api.comment.CommentView;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionView;
import org.accord.api.shared.ArticleId;

import java.time.Instant;
import java.util.List;

/**
 * An article as shown: {@code number} is derived from its place in the text; {@code status}
 * from the positions on its current {@code revision}.
 *
 * @param addedBy display name of the person who added it
 */
public record ArticleView(ArticleId articleId, int number, String heading, String text, long revision,
                          String hash, ClauseStatus status, List<PositionView> positions,
                          List<AmendmentView> amendments, List<CommentView> comments, String addedBy,
                          Instant addedAt) {

    public ArticleView {
        positions = List.copyOf(positions);
        amendments = List.copyOf(amendments);
        comments = List.copyOf(comments);
    }
}
