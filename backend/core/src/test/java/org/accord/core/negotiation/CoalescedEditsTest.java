package org.accord.core.negotiation;

import org.accord.api.position.PositionKind;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Co-editing batches of one unit of work reach the tables as one write per clause and one
 * activity per negotiation, at the commit, and never after a write that could read them.
 */
class CoalescedEditsTest {

    static final NegotiationId NEGOTIATION = NegotiationId.of("n");
    static final ArticleId A = ArticleId.of("a");
    static final ArticleId B = ArticleId.of("b");
    static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    /** The tables, as the calls made to them; clause wordings held at a revision. */
    static final class Tables extends NegotiationReadModel {
        final List<String> calls = new ArrayList<>();
        final Map<ArticleId, String> bodies = new HashMap<>();
        final Map<ArticleId, Long> revisions = new HashMap<>();

        Tables() {
            super(null);
            bodies.put(A, "Security");
            revisions.put(A, 1L);
            bodies.put(B, "Peace");
            revisions.put(B, 1L);
        }

        @Override
        public Optional<String> bodyAt(NegotiationId id, ArticleId articleId, long revision) {
            calls.add("read " + articleId.value() + "@" + revision);
            return revisions.get(articleId) == revision ? Optional.of(bodies.get(articleId)) : Optional.empty();
        }

        @Override
        public void storeBody(NegotiationId id, ArticleId articleId, long revision, String body, String hash) {
            calls.add("store " + articleId.value() + "@" + revision + " " + body + " " + hash);
            if (revision > revisions.get(articleId)) {
                bodies.put(articleId, body);
                revisions.put(articleId, revision);
            }
        }

        @Override
        public void touch(NegotiationId id, Instant at) {
            calls.add("touch " + at);
        }

        @Override
        public boolean somethingStandsOn(NegotiationId id, ArticleId articleId, long revision) {
            calls.add("stands on " + articleId.value() + "@" + revision);
            return false;
        }

        @Override
        public void recordPosition(NegotiationId id, ArticleId articleId, DelegationCode delegation, long revision,
                                   String hash, PositionKind kind, String statement, String declaredBy, Instant at) {
            calls.add("position " + articleId.value() + "@" + revision);
        }
    }

    final Tables tables = new Tables();
    final CoalescedEdits edits = new CoalescedEdits(tables);

    @Test
    void the_edits_of_a_unit_of_work_are_written_once_per_clause_at_its_commit() {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        edits.editArticle(NEGOTIATION, A, 2, "[8,\" matters\"]", "h2", T0);
        edits.editArticle(NEGOTIATION, B, 2, "[\"World \",5]", "hb2", T0.plusSeconds(1));
        edits.editArticle(NEGOTIATION, A, 3, "[\"Regional \",16]", "h3", T0.plusSeconds(2));
        edits.editArticle(NEGOTIATION, A, 4, "[25,\".\"]", "h4", T0.plusSeconds(3));
        assertThat(tables.calls).containsExactly("read a@1", "read b@1");
        unit.commit();

        assertThat(tables.calls).containsExactly("read a@1", "read b@1",
                "store a@4 Regional Security matters. h4", "store b@2 World Peace hb2", "touch " + T0.plusSeconds(3));
        assertThat(tables.bodies).containsEntry(A, "Regional Security matters.").containsEntry(B, "World Peace");
    }

    @Test
    void another_write_finds_the_pending_edits_written_before_it() {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        edits.editArticle(NEGOTIATION, A, 2, "[8,\" matters\"]", "h2", T0);
        edits.recordPosition(NEGOTIATION, A, DelegationCode.of("KAZ"), 2, "h2", PositionKind.ENDORSE, "", "x",
                T0.plusSeconds(1));
        edits.editArticle(NEGOTIATION, A, 3, "[\"Regional \",16]", "h3", T0.plusSeconds(2));
        unit.commit();

        assertThat(tables.calls).containsExactly("read a@1", "store a@2 Security matters h2", "touch " + T0,
                "position a@2", "read a@2", "store a@3 Regional Security matters h3", "touch " + T0.plusSeconds(2));
    }

    @Test
    void a_revision_made_in_the_batch_has_nothing_standing_on_it_and_an_older_one_is_asked() {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        edits.editArticle(NEGOTIATION, A, 2, "[8,\" matters\"]", "h2", T0);
        edits.editArticle(NEGOTIATION, A, 3, "[\"Regional \",16]", "h3", T0);
        tables.calls.clear();

        assertThat(edits.somethingStandsOn(NEGOTIATION, A, 2)).isFalse();
        assertThat(edits.somethingStandsOn(NEGOTIATION, A, 3)).isFalse();
        assertThat(tables.calls).isEmpty();
        edits.somethingStandsOn(NEGOTIATION, A, 1);
        edits.somethingStandsOn(NEGOTIATION, B, 1);
        assertThat(tables.calls).containsExactly("stands on a@1", "stands on b@1");
        unit.commit();
    }

    @Test
    void a_rolled_back_unit_of_work_writes_nothing() {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        edits.editArticle(NEGOTIATION, A, 2, "[8,\" matters\"]", "h2", T0);
        unit.rollback();

        assertThat(tables.calls).containsExactly("read a@1");
        assertThat(tables.bodies).containsEntry(A, "Security");
    }

    @Test
    void an_edit_of_a_revision_the_tables_do_not_hold_changes_nothing_but_the_activity() {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        edits.editArticle(NEGOTIATION, A, 5, "[8,\" matters\"]", "h5", T0);
        unit.commit();

        assertThat(tables.calls).containsExactly("read a@4", "touch " + T0);
        assertThat(tables.bodies).containsEntry(A, "Security");
    }
}
