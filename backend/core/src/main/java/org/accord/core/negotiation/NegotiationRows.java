package org.accord.core.negotiation;

import org.accord.api.adoption.AdoptionView;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.comment.CommentView;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.milestone.MilestoneView;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionKind;
import org.accord.api.position.PositionView;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.procedure.RoundView;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.silence.SilenceView;
import org.accord.core.position.Consensus;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One negotiation's rows of the read model, in any order, and the {@link NegotiationView} they
 * make. The SQL read model reads them from its tables, the in-memory fold holds them; both leave
 * the view to {@link #view()}: the order of every list, the numbering ({@link TextOrder}), which
 * positions are current, where each amendment is listed and the share agreed.
 */
public record NegotiationRows(Header header, Collection<DelegationView> delegations, Collection<ClauseRow> clauses,
                              Collection<PositionRow> positions, Collection<AmendmentView> amendments,
                              Collection<CommentRow> comments, Collection<MilestoneView> milestones,
                              Collection<SilenceView> silences, Collection<RoundView> rounds, AdoptionView adoption) {

    /** The negotiation itself. */
    public record Header(NegotiationId id, String title, String chair, String chairName, DecisionRule decisionRule,
                         Confidentiality confidentiality, java.time.ZoneId timeZone, Instant lastActivity) {

        public Header withRules(RulesOfProcedure rules) {
            return new Header(id, title, chair, chairName, rules.decisionRule(), rules.confidentiality(),
                    rules.timeZone(), lastActivity);
        }

        public Header touched(Instant at) {
            return at.isAfter(lastActivity)
                    ? new Header(id, title, chair, chairName, decisionRule, confidentiality, timeZone, at) : this;
        }
    }

    /** A unit of the text; {@code position} orders the units (the order they were added or moved in). */
    public record ClauseRow(ArticleId id, int position, ClauseKind kind, ArticleId parent, String heading, String body,
                            long revision, String hash, ClauseStatus status, long silenceHeldRevision, String addedBy,
                            Instant addedAt) {

        public ClauseRow at(int newPosition) {
            return new ClauseRow(id, newPosition, kind, parent, heading, body, revision, hash, status,
                    silenceHeldRevision, addedBy, addedAt);
        }

        public ClauseRow reworded(long newRevision, String newBody, String newHash) {
            return new ClauseRow(id, position, kind, parent, heading, newBody, newRevision, newHash, status,
                    silenceHeldRevision, addedBy, addedAt);
        }

        public ClauseRow withStatus(ClauseStatus newStatus) {
            return new ClauseRow(id, position, kind, parent, heading, body, revision, hash, newStatus,
                    silenceHeldRevision, addedBy, addedAt);
        }

        public ClauseRow silenceHeld() {
            return new ClauseRow(id, position, kind, parent, heading, body, revision, hash, status, revision,
                    addedBy, addedAt);
        }
    }

    /** A member delegation's latest position on a clause. */
    public record PositionRow(ArticleId clause, DelegationCode delegation, long revision, String hash,
                              PositionKind kind, String statement, String declaredBy, Instant declaredAt) {
    }

    /** A comment with the clause it is on. */
    public record CommentRow(ArticleId clause, CommentView comment) {
    }

    private static final Comparator<DelegationView> MEMBERS_FIRST =
            Comparator.comparing((DelegationView d) -> !d.member()).thenComparing(d -> d.code().value());
    private static final Comparator<AmendmentView> AS_TABLED =
            Comparator.comparing(AmendmentView::tabledAt).thenComparing(a -> a.amendmentId().value());
    private static final Comparator<CommentRow> AS_WRITTEN =
            Comparator.comparing((CommentRow c) -> c.comment().writtenAt())
                    .thenComparing(c -> c.comment().commentId().value());
    private static final Comparator<SilenceView> BY_EXPIRY =
            Comparator.comparing(SilenceView::expiresAt).thenComparing(s -> s.silenceId().value());

    public NegotiationView view() {
        List<AmendmentView> tabled = amendments.stream().sorted(AS_TABLED).toList();
        List<ArticleView> articles = articles(tabled);
        return new NegotiationView(header.id(), header.title(), header.chair(), header.chairName(),
                header.decisionRule(), header.confidentiality(), delegations.stream().sorted(MEMBERS_FIRST).toList(), articles,
                tabled.stream().filter(a -> a.kind() == AmendmentKind.NEW_CLAUSE).toList(),
                milestones.stream().sorted(Comparator.comparing(MilestoneView::sequence)).toList(),
                silences.stream().sorted(BY_EXPIRY).toList(),
                rounds.stream().sorted(Comparator.comparing(RoundView::number)).toList(),
                adoption, Consensus.shareAgreed(articles.stream().map(ArticleView::status).toList()),
                header.lastActivity(), header.timeZone());
    }

    private List<ArticleView> articles(List<AmendmentView> tabled) {
        Map<ArticleId, List<AmendmentView>> textual = tabled.stream()
                .filter(a -> a.kind() != AmendmentKind.NEW_CLAUSE)
                .collect(Collectors.groupingBy(AmendmentView::clauseId));
        Map<ArticleId, List<CommentView>> written = comments.stream().sorted(AS_WRITTEN)
                .collect(Collectors.groupingBy(CommentRow::clause,
                        Collectors.mapping(CommentRow::comment, Collectors.toList())));
        Map<ArticleId, List<PositionRow>> declared = positions.stream()
                .sorted(Comparator.comparing(p -> p.delegation().value()))
                .collect(Collectors.groupingBy(PositionRow::clause));
        List<ClauseRow> stored = clauses.stream().sorted(Comparator.comparingInt(ClauseRow::position)).toList();
        return TextOrder.of(stored, c -> new TextOrder.Unit(c.id(), c.kind(), c.parent())).stream()
                .map(placed -> {
                    ClauseRow c = placed.item();
                    return new ArticleView(c.id(), c.kind(), c.parent(), placed.number(), c.heading(), c.body(),
                            c.revision(), c.hash(), c.status(),
                            declared.getOrDefault(c.id(), List.of()).stream().map(p -> position(p, c)).toList(),
                            textual.getOrDefault(c.id(), List.of()), written.getOrDefault(c.id(), List.of()),
                            c.addedBy(), c.addedAt());
                })
                .toList();
    }

    private static PositionView position(PositionRow p, ClauseRow clause) {
        return new PositionView(p.delegation(), p.kind(), p.statement(), p.revision(),
                p.revision() == clause.revision(), p.declaredBy(), p.declaredAt());
    }
}
