package org.accord.api.negotiation;

import org.accord.api.shared.ArticleId;

import java.time.Instant;

/**
 * An article as shown: {@code number} is derived from its place in the text.
 *
 * @param addedBy display name of the person who added it
 */
public record ArticleView(ArticleId articleId, int number, String heading, String text,
                          String addedBy, Instant addedAt) {
}
