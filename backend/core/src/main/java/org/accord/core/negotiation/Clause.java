package org.accord.core.negotiation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.accord.api.coediting.ClauseEdited;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.position.PositionDeclared;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.milestone.FrozenClause;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.DecisionRule;
import org.accord.core.position.Consensus;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;

import org.accord.ot.TextOperation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A clause of the draft inside the negotiation aggregate: its current wording and revision, and
 * the latest position of each member delegation with the revision it was given on.
 * State only; the decisions are taken by {@link Negotiation} through its policies.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Clause {

    private ArticleId id;
    private ClauseKind kind;
    private ArticleId parent;
    private String heading;
    private String wording;
    private long revision;
    private final Map<DelegationCode, Consensus.Stance> positions = new HashMap<>();
    private long silenceHeldRevision;
    private final Set<AmendmentId> options = new HashSet<>();
    private final RecentEdits edits = new RecentEdits();
    /** The wording a co-editing batch is about to produce, computed by its handler; never stored. */
    @JsonIgnore
    private transient Prepared prepared;

    private record Prepared(long revision, String wording) {
    }

    Clause() {
        // for snapshots
    }

    Clause(ArticleId id, String heading, String wording) {
        this(id, ClauseKind.ARTICLE, null, heading, wording);
    }

    Clause(ArticleId id, ClauseKind kind, ArticleId parent, String heading, String wording) {
        this.id = id;
        this.kind = kind;
        this.parent = parent;
        this.heading = heading;
        this.wording = wording;
        this.revision = 1;
    }

    ClauseKind kind() {
        return kind == null ? ClauseKind.ARTICLE : kind;
    }

    ArticleId parent() {
        return parent;
    }

    ArticleId id() {
        return id;
    }

    String heading() {
        return heading;
    }

    String wording() {
        return wording;
    }

    long revision() {
        return revision;
    }

    Map<DelegationCode, Consensus.Stance> positions() {
        return positions;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Clause that && Objects.equals(id, that.id) && Objects.equals(wording, that.wording)
                && Objects.equals(heading, that.heading) && kind() == that.kind()
                && Objects.equals(parent, that.parent)
                && revision == that.revision && positions.equals(that.positions)
                && silenceHeldRevision == that.silenceHeldRevision && options.equals(that.options)
                && edits.equals(that.edits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, revision);
    }

    void revised(ClauseRevised event) {
        edits.recorded(TextOperation.builder().retain(event.from()).delete(event.to() - event.from())
                .insert(event.replacement()).retain(Wording.length(wording) - event.to()).build().toJson(),
                null, 0, event.revision());
        wording = event.wording();
        revision = event.revision();
    }

    /**
     * Hands over the wording that {@code revision} will have, as the command handler just computed
     * it, so that the event's handler need not parse and apply the operation once more.
     */
    void prepare(long nextRevision, String nextWording) {
        prepared = new Prepared(nextRevision, nextWording);
    }

    void edited(ClauseEdited event) {
        Prepared ready = prepared;
        prepared = null;
        wording = ready != null && ready.revision() == event.revision()
                ? ready.wording() : TextOperation.fromJson(event.operation()).apply(wording);
        revision = event.revision();
        edits.recorded(event.operation(), event.clientId(), event.clientSeq(), event.revision());
    }

    RecentEdits edits() {
        return edits;
    }

    void positionDeclared(PositionDeclared event) {
        positions.put(event.delegation(), new Consensus.Stance(event.revision(), event.kind()));
    }

    void reopened(DelegationCode delegation, long revision) {
        positions.put(delegation, new Consensus.Stance(revision, PositionKind.OBJECTION));
    }

    ClauseStatus status(DecisionRule rule, Set<DelegationCode> members) {
        return Consensus.status(rule, members, revision, positions, silenceHeldRevision == revision, options.size());
    }

    Set<AmendmentId> options() {
        return options;
    }

    void silenceHeld() {
        silenceHeldRevision = revision;
    }

    void rewritten(String wording, long revision) {
        this.wording = wording;
        this.revision = revision;
        edits.restart();
    }

    FrozenClause frozen(int number) {
        return new FrozenClause(id, number, heading, wording, revision, Wording.hash(wording));
    }
}
