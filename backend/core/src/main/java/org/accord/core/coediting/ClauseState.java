package org.accord.core.coediting;

/** A clause's wording at {@code revision} with who wrote which part of it. */
record ClauseState(long revision, String text, AuthorshipRuns authorship) {
}
