package org.accord.core.notification;

import org.accord.api.position.PositionKind;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notifications' tables in memory, for a bulk rebuild: each method does to the rows what its
 * statement in {@link NotificationStore} does to the tables (an upsert replaces, an update of a
 * missing row changes nothing, {@code order by code} sorts codes, which are ASCII capitals), and
 * {@link #write} inserts the rows into the emptied tables at the end.
 */
final class ReplayedNotifications implements NotificationState {

    private record Negotiation(String title, Confidentiality.Mode confidentiality) {
    }

    private record Key(NegotiationId negotiation, ArticleId clause) {
    }

    private record Clause(String label, long revision) {
    }

    private record Position(PositionKind kind, long revision, boolean told) {
    }

    private record Addressed(Notice notice, Recipient recipient) {
    }

    private static final Comparator<DelegationCode> BY_CODE = Comparator.comparing(DelegationCode::value);

    private final Map<NegotiationId, Negotiation> negotiations = new LinkedHashMap<>();
    private final Map<NegotiationId, Map<DelegationCode, Boolean>> delegations = new LinkedHashMap<>();
    private final Map<Key, Clause> clauses = new LinkedHashMap<>();
    private final Map<Key, Map<DelegationCode, Position>> positions = new HashMap<>();
    private final Map<String, Addressed> notifications = new LinkedHashMap<>();

    @Override
    public void clearDerived() {
        negotiations.clear();
        delegations.clear();
        clauses.clear();
        positions.clear();
        notifications.clear();
    }

    @Override
    public void negotiation(NegotiationId id, String title, Confidentiality.Mode confidentiality) {
        negotiations.put(id, new Negotiation(title, confidentiality));
    }

    @Override
    public void confidentiality(NegotiationId id, Confidentiality.Mode confidentiality) {
        negotiations.computeIfPresent(id, (key, n) -> new Negotiation(n.title(), confidentiality));
    }

    @Override
    public Optional<Confidentiality.Mode> confidentiality(NegotiationId id) {
        return Optional.ofNullable(negotiations.get(id)).map(Negotiation::confidentiality);
    }

    @Override
    public void delegation(NegotiationId id, DelegationCode code, boolean member) {
        delegations.computeIfAbsent(id, key -> new LinkedHashMap<>()).put(code, member);
    }

    @Override
    public List<DelegationCode> delegations(NegotiationId id, boolean members) {
        return delegations.getOrDefault(id, Map.of()).entrySet().stream().filter(d -> d.getValue() == members)
                .map(Map.Entry::getKey).sorted(BY_CODE).toList();
    }

    @Override
    public void clause(NegotiationId id, ArticleId clause, String label, long revision) {
        clauses.put(new Key(id, clause), new Clause(label, revision));
    }

    @Override
    public void revision(NegotiationId id, ArticleId clause, long revision) {
        clauses.computeIfPresent(new Key(id, clause), (key, c) -> new Clause(c.label(), revision));
    }

    @Override
    public Optional<String> label(NegotiationId id, ArticleId clause) {
        return Optional.ofNullable(clauses.get(new Key(id, clause))).map(Clause::label);
    }

    @Override
    public void position(NegotiationId id, ArticleId clause, DelegationCode delegation, PositionKind kind,
                         long revision) {
        positions.computeIfAbsent(new Key(id, clause), key -> new LinkedHashMap<>())
                .put(delegation, new Position(kind, revision, false));
    }

    @Override
    public List<DelegationCode> endorsingNow(NegotiationId id, ArticleId clause) {
        Key key = new Key(id, clause);
        Clause current = clauses.get(key);
        if (current == null) {
            return List.of(); // the join finds no clause row
        }
        return positions.getOrDefault(key, Map.of()).entrySet().stream()
                .filter(p -> p.getValue().kind() == PositionKind.ENDORSE && p.getValue().revision() == current.revision())
                .map(Map.Entry::getKey).sorted(BY_CODE).toList();
    }

    @Override
    public List<DelegationCode> endorsedUntold(NegotiationId id, ArticleId clause) {
        Map<DelegationCode, Position> onClause = positions.get(new Key(id, clause));
        if (onClause == null) {
            return List.of();
        }
        List<DelegationCode> untold = new ArrayList<>();
        onClause.forEach((delegation, p) -> {
            if (p.kind() == PositionKind.ENDORSE && !p.told()) {
                untold.add(delegation);
            }
        });
        untold.sort(BY_CODE);
        return untold;
    }

    @Override
    public void told(NegotiationId id, ArticleId clause, Collection<DelegationCode> told) {
        Map<DelegationCode, Position> onClause = positions.get(new Key(id, clause));
        if (onClause != null) {
            told.forEach(delegation -> onClause.computeIfPresent(delegation,
                    (key, p) -> new Position(p.kind(), p.revision(), true)));
        }
    }

    @Override
    public void add(Notice notice, Collection<Recipient> recipients) {
        recipients.forEach(recipient -> notifications.putIfAbsent(recipient.key() + "\u0000" + notice.sequence(),
                new Addressed(notice, recipient)));
    }

    /** Inserts every row into the tables, which the processor's reset handler has emptied. */
    void write(JdbcTemplate jdbc) {
        List<Object[]> rows = new ArrayList<>();
        negotiations.forEach((id, n) -> rows.add(new Object[]{id.value(), n.title(), n.confidentiality().name()}));
        batch(jdbc, "insert into notification_negotiation (negotiation_id, title, confidentiality) values (?, ?, ?)", rows);
        delegations.forEach((id, codes) -> codes.forEach((code, member) ->
                rows.add(new Object[]{id.value(), code.value(), member})));
        batch(jdbc, "insert into notification_delegation (negotiation_id, code, member) values (?, ?, ?)", rows);
        clauses.forEach((key, c) -> rows.add(new Object[]{key.negotiation().value(), key.clause().value(), c.label(),
                c.revision()}));
        batch(jdbc, "insert into notification_clause (negotiation_id, clause_id, label, revision) values (?, ?, ?, ?)",
                rows);
        positions.forEach((key, onClause) -> onClause.forEach((delegation, p) -> rows.add(new Object[]{
                key.negotiation().value(), key.clause().value(), delegation.value(), p.kind().name(), p.revision(),
                p.told()})));
        batch(jdbc, """
                insert into notification_position (negotiation_id, clause_id, delegation, kind, revision, told_of_change)
                values (?, ?, ?, ?, ?, ?)""", rows);
        notifications.values().forEach(a -> {
            Notice n = a.notice();
            rows.add(new Object[]{n.sequence(), a.recipient().key(), n.negotiationId().value(), n.kind().name(),
                    n.clauseId() == null ? null : n.clauseId().value(), n.clauseLabel(), n.actor().displayName(),
                    n.actor().delegation() == null ? null : n.actor().delegation().value(), n.detail(),
                    Timestamp.from(n.at())});
        });
        batch(jdbc, """
                insert into notification (sequence, recipient, negotiation_id, kind, clause_id, clause_label, actor_name,
                                          actor_delegation, detail, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Inserts and empties {@code rows}. */
    private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1_000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1_000)));
        }
        rows.clear();
    }
}
