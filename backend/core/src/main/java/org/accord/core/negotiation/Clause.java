package org.accord.core.negotiation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.position.PositionDeclared;
import org.accord.api.position.PositionKind;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A clause of the draft inside the negotiation aggregate: its current wording and revision, and
 * the latest position of each member delegation with the revision it was given on.
 * State only; the decisions are taken by {@link Negotiation} through its policies.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Clause {

    /** A delegation's position as recorded. */
    record Position(long revision, PositionKind kind) {
    }

    private ArticleId id;
    private String wording;
    private long revision;
    private final Map<DelegationCode, Position> positions = new HashMap<>();

    Clause() {
        // for snapshots
    }

    Clause(ArticleId id, String wording) {
        this.id = id;
        this.wording = wording;
        this.revision = 1;
    }

    ArticleId id() {
        return id;
    }

    String wording() {
        return wording;
    }

    long revision() {
        return revision;
    }

    Map<DelegationCode, Position> positions() {
        return positions;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Clause that && Objects.equals(id, that.id) && Objects.equals(wording, that.wording)
                && revision == that.revision && positions.equals(that.positions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, revision);
    }

    void revised(ClauseRevised event) {
        wording = event.wording();
        revision = event.revision();
    }

    void positionDeclared(PositionDeclared event) {
        positions.put(event.delegation(), new Position(event.revision(), event.kind()));
    }
}
