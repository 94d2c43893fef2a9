package org.accord.core.negotiation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** An amendment inside the negotiation aggregate: what it changes, who backs it, where it stands. State only. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Amendment {

    private AmendmentId id;
    private ArticleId clauseId;
    private AmendmentKind kind;
    private DelegationCode proposer;
    private final Set<DelegationCode> cosponsors = new HashSet<>();
    private long revision;
    private TextRange range;
    private String text;
    private String heading;
    private AmendmentState state;
    private boolean option;
    private ArticleId moveAfter;

    Amendment() {
        // for snapshots
    }

    Amendment(AmendmentId id, ArticleId clauseId, AmendmentKind kind, DelegationCode proposer, long revision,
              TextRange range, String text, String heading) {
        this.id = id;
        this.clauseId = clauseId;
        this.kind = kind;
        this.proposer = proposer;
        this.revision = revision;
        this.range = range;
        this.text = text;
        this.heading = heading;
        this.state = AmendmentState.PENDING;
    }

    AmendmentId id() {
        return id;
    }

    ArticleId clauseId() {
        return clauseId;
    }

    AmendmentKind kind() {
        return kind;
    }

    DelegationCode proposer() {
        return proposer;
    }

    Set<DelegationCode> cosponsors() {
        return cosponsors;
    }

    long revision() {
        return revision;
    }

    TextRange range() {
        return range;
    }

    String text() {
        return text;
    }

    String heading() {
        return heading;
    }

    AmendmentState state() {
        return state;
    }

    boolean isOption() {
        return option;
    }

    void becameOption() {
        option = true;
    }

    boolean isTextual() {
        return kind != AmendmentKind.NEW_CLAUSE && kind != AmendmentKind.MOVE;
    }

    ArticleId moveAfter() {
        return moveAfter;
    }

    void moves(ArticleId after) {
        this.moveAfter = after;
    }

    void revised(long revision, AmendmentKind kind, TextRange range, String text) {
        this.revision = revision;
        this.kind = kind;
        this.range = range;
        this.text = text;
        this.state = AmendmentState.PENDING;
    }

    void rebased(long revision, TextRange range) {
        this.revision = revision;
        this.range = range;
    }

    void needsRevision(long revision) {
        this.revision = revision;
        this.state = AmendmentState.NEEDS_REVISION;
    }

    void decided(AmendmentState outcome) {
        this.state = outcome;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Amendment that && Objects.equals(id, that.id) && state == that.state
                && revision == that.revision && Objects.equals(range, that.range) && Objects.equals(text, that.text)
                && kind == that.kind && cosponsors.equals(that.cosponsors) && option == that.option;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, state, revision);
    }
}
