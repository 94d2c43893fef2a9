package org.accord.core.history;

import org.accord.api.amendment.AmendmentView;
import org.accord.api.history.Comparison;
import org.accord.api.history.Comparison.ClauseComparison;
import org.accord.api.history.Comparison.DiffSegment;
import org.accord.api.history.Comparison.PositionChange;
import org.accord.api.history.FindComparison;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.PositionView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.QueryRefusedException;
import org.accord.api.shared.RejectionReason;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.ot.diff.WordDiff;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares the charter at two points of its history ({@link FindComparison}): both points are
 * folded from their nearest keyframes ({@link NegotiationAsOf#atSequence}), then compared clause by
 * clause (matched by id, so paragraphs and the preamble too). Chair only, like every history query.
 */
@Component
class HistoryComparisons {

    private final NegotiationAsOf history;
    private final JdbcClient jdbc;

    HistoryComparisons(NegotiationAsOf history, JdbcClient jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    @QueryHandler
    Comparison handle(FindComparison query, @MetaDataValue(ActorMetaData.KEY) Actor viewer) {
        HistoryQueries.secretariat(viewer);
        NegotiationId id = query.negotiationId();
        long last = lastSequence(id);
        for (long point : new long[]{query.fromSequence(), query.toSequence()}) {
            if (point > last) {
                throw new QueryRefusedException(RejectionReason.BEYOND_THE_HISTORY, "Point " + point
                        + " is beyond the history of " + id + ", whose last event is " + last);
            }
        }
        NegotiationView from = view(id, query.fromSequence());
        NegotiationView to = view(id, query.toSequence());
        NegotiationView later = query.fromSequence() <= query.toSequence() ? to : from;
        NegotiationView earlier = later == to ? from : to;
        return compare(query, from, to, new Decisions(earlier, later));
    }

    private Comparison compare(FindComparison query, NegotiationView from, NegotiationView to, Decisions decisions) {
        Map<ArticleId, ArticleView> before = byId(from.articles());
        Map<ArticleId, ArticleView> after = byId(to.articles());
        List<ClauseComparison> changed = new ArrayList<>();
        int unchanged = 0;
        List<ArticleId> order = Stream.concat(to.articles().stream().map(ArticleView::articleId),
                from.articles().stream().map(ArticleView::articleId).filter(clause -> !after.containsKey(clause))).toList();
        for (ArticleId clause : order) {
            ClauseComparison comparison = clause(clause, before.get(clause), after.get(clause),
                    decisions.on(clause));
            if (differs(comparison)) {
                changed.add(comparison);
            } else {
                unchanged++;
            }
        }
        return new Comparison(query.fromSequence(), query.toSequence(), recordedAt(query, query.fromSequence()),
                recordedAt(query, query.toSequence()), changed, unchanged, decisions.proposals());
    }

    static ClauseComparison clause(ArticleId clause, ArticleView before, ArticleView after, List<AmendmentView> decided) {
        Optional<ArticleView> b = Optional.ofNullable(before);
        Optional<ArticleView> a = Optional.ofNullable(after);
        return new ClauseComparison(clause, a.or(() -> b).map(ArticleView::kind).orElseThrow(),
                b.map(ArticleView::number).orElse(null), a.map(ArticleView::number).orElse(null),
                b.map(ArticleView::heading).orElse(null), a.map(ArticleView::heading).orElse(null),
                b.map(ArticleView::revision).orElse(null), a.map(ArticleView::revision).orElse(null),
                b.map(ArticleView::status).orElse(null), a.map(ArticleView::status).orElse(null),
                wording(b.map(ArticleView::text).orElse(""), a.map(ArticleView::text).orElse("")),
                positions(b.map(ArticleView::positions).orElse(List.of()), a.map(ArticleView::positions).orElse(List.of())),
                decided);
    }

    private static boolean differs(ClauseComparison c) {
        return c.numberBefore() == null || c.numberAfter() == null || c.wordingChanged()
                || !c.numberBefore().equals(c.numberAfter()) || !Objects.equals(c.headingBefore(), c.headingAfter())
                || !c.revisionBefore().equals(c.revisionAfter()) || c.statusBefore() != c.statusAfter()
                || !c.positions().isEmpty() || !c.decided().isEmpty();
    }

    static List<DiffSegment> wording(String before, String after) {
        return WordDiff.between(before, after).stream()
                .map(segment -> new DiffSegment(DiffSegment.Kind.valueOf(segment.kind().name()), segment.text()))
                .toList();
    }

    /** The delegations whose position is not the same at both points, by delegation code. */
    static List<PositionChange> positions(List<PositionView> before, List<PositionView> after) {
        Map<DelegationCode, PositionView> was = before.stream().collect(Collectors.toMap(PositionView::delegation, p -> p));
        Map<DelegationCode, PositionView> is = after.stream().collect(Collectors.toMap(PositionView::delegation, p -> p));
        TreeSet<DelegationCode> delegations = new TreeSet<>(Comparator.comparing(DelegationCode::value));
        delegations.addAll(was.keySet());
        delegations.addAll(is.keySet());
        return delegations.stream().filter(d -> !Objects.equals(was.get(d), is.get(d)))
                .map(d -> new PositionChange(d, was.get(d), is.get(d))).toList();
    }

    private static Map<ArticleId, ArticleView> byId(List<ArticleView> articles) {
        return articles.stream().collect(Collectors.toMap(ArticleView::articleId, Function.identity(),
                (x, y) -> x, LinkedHashMap::new));
    }

    /** -1 (before the first event) reads as a charter with no clause. */
    private NegotiationView view(NegotiationId id, long sequence) {
        return history.atSequence(id, sequence).orElseGet(() -> new NegotiationView(id, "", "", "", null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, 0, null));
    }

    private long lastSequence(NegotiationId id) {
        return jdbc.sql("select max(sequence_number) from domain_event_entry where aggregate_identifier = :id")
                .param("id", id.value()).query(Long.class).optional().orElse(-1L);
    }

    private Instant recordedAt(FindComparison query, long sequence) {
        if (sequence < 0) {
            return null;
        }
        return Instant.parse(jdbc.sql("""
                        select time_stamp from domain_event_entry where aggregate_identifier = :id and sequence_number = :sequence""")
                .param("id", query.negotiationId().value()).param("sequence", sequence).query(String.class).single());
    }

    /**
     * The amendments decided between the two points: open (or not yet tabled) at the earlier one and
     * decided at the later one, as they stood at the later one, whichever way the comparison reads.
     */
    private static final class Decisions {

        private final Map<ArticleId, List<AmendmentView>> byClause = new LinkedHashMap<>();
        private final List<AmendmentView> proposals;

        Decisions(NegotiationView earlier, NegotiationView later) {
            Map<Object, AmendmentView> was = Stream.concat(earlier.articles().stream()
                            .flatMap(article -> article.amendments().stream()), earlier.newClauseProposals().stream())
                    .collect(Collectors.toMap(AmendmentView::amendmentId, a -> a, (x, y) -> x));
            for (ArticleView article : later.articles()) {
                List<AmendmentView> decided = article.amendments().stream()
                        .filter(amendment -> decidedSince(was.get(amendment.amendmentId()), amendment)).toList();
                if (!decided.isEmpty()) {
                    byClause.put(article.articleId(), decided);
                }
            }
            proposals = later.newClauseProposals().stream()
                    .filter(amendment -> decidedSince(was.get(amendment.amendmentId()), amendment)).toList();
        }

        private static boolean decidedSince(AmendmentView earlier, AmendmentView later) {
            return !later.state().isOpen() && (earlier == null || earlier.state().isOpen());
        }

        List<AmendmentView> on(ArticleId clause) {
            return byClause.getOrDefault(clause, List.of());
        }

        List<AmendmentView> proposals() {
            return proposals;
        }
    }
}
