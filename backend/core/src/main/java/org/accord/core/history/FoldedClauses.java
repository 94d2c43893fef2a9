package org.accord.core.history;

import org.accord.ot.TextOperation;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.position.ClauseStatus;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.core.negotiation.NegotiationRows.ClauseRow;
import org.accord.core.negotiation.NegotiationRows.PositionRow;
import org.accord.core.negotiation.StatusRefresh;
import org.accord.core.position.Consensus;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The units of the text and the positions on them, kept as the read model's {@code article_view}
 * and {@code position_view} keep them, including the arithmetic of their {@code position}
 * column. Rows are immutable: {@link #copy()} copies two maps.
 */
final class FoldedClauses {

    private record PositionKey(ArticleId clause, DelegationCode delegation) {
    }

    private final Map<ArticleId, ClauseRow> clauses;
    private final Map<PositionKey, PositionRow> positions;

    FoldedClauses() {
        this(new HashMap<>(), new HashMap<>());
    }

    private FoldedClauses(Map<ArticleId, ClauseRow> clauses, Map<PositionKey, PositionRow> positions) {
        this.clauses = clauses;
        this.positions = positions;
    }

    FoldedClauses copy() {
        return new FoldedClauses(new HashMap<>(clauses), new HashMap<>(positions));
    }

    void restore(Collection<ClauseRow> clauseRows, Collection<PositionRow> positionRows) {
        clauseRows.forEach(c -> clauses.put(c.id(), c));
        positionRows.forEach(this::record);
    }

    Collection<ClauseRow> clauses() {
        return clauses.values();
    }

    Collection<PositionRow> positions() {
        return positions.values();
    }

    Optional<String> wording(ArticleId clause) {
        return Optional.ofNullable(clauses.get(clause)).map(ClauseRow::body);
    }

    /** After the last unit, as {@code coalesce(max(position), 0) + 1}. */
    void append(ArticleId id, ClauseKind kind, ArticleId parent, String heading, String body, String hash,
                String addedBy, Instant at) {
        int position = clauses.values().stream().mapToInt(ClauseRow::position).max().orElse(0) + 1;
        clauses.putIfAbsent(id, new ClauseRow(id, position, kind, parent, heading, body, 1, hash,
                ClauseStatus.PROPOSED, 0, addedBy, at));
    }

    void revise(ArticleId id, long revision, String body, String hash) {
        clauses.computeIfPresent(id, (key, c) -> c.revision() < revision ? c.reworded(revision, body, hash) : c);
    }

    /** A co-editing batch, applied to the wording of the revision just before it. */
    void edit(ArticleId id, long revision, String operation, String hash) {
        clauses.computeIfPresent(id, (key, c) -> c.revision() == revision - 1
                ? c.reworded(revision, TextOperation.fromJson(operation).apply(c.body()), hash) : c);
    }

    /** As the SQL: a position on the clause names {@code revision}, or a silence held on it. */
    boolean somethingStandsOn(ArticleId clause, long revision) {
        ClauseRow row = clauses.get(clause);
        if (row != null && row.silenceHeldRevision() == revision) {
            return true;
        }
        for (PositionRow position : positions.values()) {
            if (position.revision() == revision && position.clause().equals(clause)) {
                return true;
            }
        }
        return false;
    }

    void record(PositionRow position) {
        positions.put(new PositionKey(position.clause(), position.delegation()), position);
    }

    void split(ClauseSplit event, String secondHash, String addedBy, Instant at) {
        revise(event.clauseId(), event.revision(), event.firstWording(), event.firstHash());
        ClauseRow first = clauses.get(event.clauseId());
        if (first == null) {
            return;
        }
        int p = first.position();
        clauses.replaceAll((key, c) -> c.position() > p ? c.at(-(c.position() + 1)) : c);
        clauses.replaceAll((key, c) -> c.position() < 0 ? c.at(-c.position()) : c);
        clauses.putIfAbsent(event.newClauseId(), new ClauseRow(event.newClauseId(), p + 1, first.kind(),
                first.parent(), event.newHeading(), event.secondWording(), 1, secondHash, ClauseStatus.PROPOSED, 0,
                addedBy, at));
    }

    /** The merged unit goes, and its positions with it (a cascade in SQL); its amendments and comments stay. */
    void merge(ClausesMerged event) {
        revise(event.clauseId(), event.revision(), event.wording(), event.hash());
        clauses.remove(event.mergedClauseId());
        positions.keySet().removeIf(key -> key.clause().equals(event.mergedClauseId()));
    }

    /** Every position parked as its negative, then the named units numbered 1, 2, … in order. */
    void reorder(List<ArticleId> order) {
        clauses.replaceAll((key, c) -> c.at(-c.position()));
        for (int i = 0; i < order.size(); i++) {
            int position = i + 1;
            clauses.computeIfPresent(order.get(i), (key, c) -> c.at(position));
        }
    }

    void silenceHeldOn(List<ArticleId> held) {
        held.forEach(id -> clauses.computeIfPresent(id, (key, c) -> c.silenceHeld()));
    }

    void show(Map<ArticleId, ClauseStatus> statuses) {
        statuses.forEach((id, status) -> clauses.computeIfPresent(id, (key, c) -> c.withStatus(status)));
    }

    void adopted() {
        clauses.replaceAll((key, c) -> c.withStatus(ClauseStatus.ADOPTED));
    }

    /** What each clause's status depends on, given the open options of each clause. */
    Map<ArticleId, StatusRefresh.ClauseFacts> facts(Map<ArticleId, Integer> openOptions) {
        Map<ArticleId, Map<DelegationCode, Consensus.Stance>> stances = positions.values().stream()
                .collect(Collectors.groupingBy(PositionRow::clause, Collectors.toMap(PositionRow::delegation,
                        p -> new Consensus.Stance(p.revision(), p.kind()))));
        Map<ArticleId, StatusRefresh.ClauseFacts> facts = new HashMap<>();
        clauses.values().forEach(c -> facts.put(c.id(), new StatusRefresh.ClauseFacts(c.revision(),
                c.silenceHeldRevision(), stances.getOrDefault(c.id(), Map.of()), openOptions.getOrDefault(c.id(), 0))));
        return facts;
    }
}
