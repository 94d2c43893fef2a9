package org.accord.api.negotiation;

import org.accord.api.amendment.AmendmentView;
import org.accord.api.comment.CommentView;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionView;
import org.accord.api.shared.ArticleId;

import java.time.Instant;
import java.util.List;

/**
 * A clause of the text as shown — an article, a preamble paragraph or a paragraph of article
 * {@code parentId} — in reading order: {@code number} is derived from its place (articles 1, 2, …;
 * paragraphs within their article; 0 for the preamble); {@code status} from the positions on its
 * current {@code revision}.
 *
 * @param addedBy display name of the person who added it
 */
public record ArticleView(ArticleId articleId, ClauseKind kind, ArticleId parentId, int number, String heading,
                          String text, long revision,
                          String hash, ClauseStatus status, List<PositionView> positions,
                          List<AmendmentView> amendments, List<CommentView> comments, String addedBy,
                          Instant addedAt) {

    public ArticleView {
        positions = List.copyOf(positions);
        amendments = List.copyOf(amendments);
        comments = List.copyOf(comments);
    }
}
