package org.accord.api.milestone;

import org.accord.api.shared.ArticleId;

/** The exact wording of one clause at a milestone or at adoption. */
public record FrozenClause(ArticleId clauseId, int number, String heading, String wording, long revision, String hash) {
}
