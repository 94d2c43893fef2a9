package org.accord.core.negotiation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.accord.api.adoption.AdoptCharter;
import org.accord.api.adoption.AttachStatement;
import org.accord.api.adoption.AuthenticateCharter;
import org.accord.api.adoption.CharterAdopted;
import org.accord.api.adoption.CharterAuthenticated;
import org.accord.api.adoption.StatementAttached;
import org.accord.api.amendment.AmendmentCosponsorJoined;
import org.accord.api.amendment.AmendmentSuperseded;
import org.accord.api.amendment.AmendmentsCombinedIntoOptions;
import org.accord.api.amendment.CombineIntoOptions;
import org.accord.api.procedure.RoundScheduled;
import org.accord.api.procedure.ScheduleRound;
import org.accord.api.amendment.AmendmentCosponsorLeft;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentIncorporated;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentNeedsRevision;
import org.accord.api.amendment.AmendmentRebased;
import org.accord.api.amendment.AmendmentRejected;
import org.accord.api.amendment.AmendmentRevised;
import org.accord.api.amendment.AmendmentState;
import org.accord.api.amendment.AmendmentTabled;
import org.accord.api.amendment.AmendmentWithdrawn;
import org.accord.api.amendment.IncorporateAmendment;
import org.accord.api.amendment.JoinAmendment;
import org.accord.api.amendment.LeaveAmendment;
import org.accord.api.amendment.RejectAmendment;
import org.accord.api.amendment.ReviseAmendment;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.amendment.WithdrawAmendment;
import org.accord.api.comment.ClauseCommented;
import org.accord.api.comment.CommentId;
import org.accord.api.comment.CommentOnClause;
import org.accord.api.drafting.AddParagraph;
import org.accord.api.drafting.AddPreambleParagraph;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.coediting.ClauseEdited;
import org.accord.api.coediting.EditAcknowledgement;
import org.accord.api.coediting.EditClause;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.drafting.ClausesMerged;
import org.accord.api.drafting.MergeClauses;
import org.accord.api.drafting.ParagraphAdded;
import org.accord.api.drafting.PreambleParagraphAdded;
import org.accord.api.drafting.SplitClause;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.ArticleMoved;
import org.accord.api.negotiation.MoveArticle;
import org.accord.api.negotiation.MemberAccredited;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.ObserverAccredited;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.milestone.FrozenClause;
import org.accord.api.milestone.IssueMilestone;
import org.accord.api.milestone.MilestoneIssued;
import org.accord.api.position.ClauseReopened;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.ReopenClause;
import org.accord.api.position.PositionDeclared;
import org.accord.api.procedure.ChangeRulesOfProcedure;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.procedure.RulesOfProcedureChanged;
import org.accord.api.position.PositionKind;
import org.accord.api.shared.Actor;
import org.accord.api.silence.LateObjectionRecorded;
import org.accord.api.silence.OpenSilenceProcedure;
import org.accord.api.silence.RearmSilenceExpiry;
import org.accord.api.silence.SilenceBroken;
import org.accord.api.silence.SilenceHeld;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.SilenceProcedureOpened;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.core.infrastructure.SnapshotConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import org.accord.api.negotiation.NegotiationCommands;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.RejectionReason;
import org.accord.ot.TextOperation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A negotiation on one charter: its rules of procedure, who takes part, and the clauses of the
 * draft with their wording and the positions of the member delegations. One aggregate, so that
 * every decision that spans clauses (consensus, silence, adoption) is taken on consistent state.
 * Command handlers decide through named policies; event-sourcing handlers only assign.
 */
// snapshots are Jackson JSON of the fields, not of getters
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.NEGOTIATION_SNAPSHOTS,
        cache = SnapshotConfiguration.NEGOTIATION_CACHE, commandTargetResolver = SnapshotConfiguration.COMMAND_TARGETS)
class Negotiation {

    @AggregateIdentifier
    private NegotiationId negotiationId;
    private String chair;
    private RulesOfProcedure rules;
    private final Set<DelegationCode> members = new HashSet<>();
    private final Set<DelegationCode> observers = new HashSet<>();
    private final Map<ArticleId, Clause> clauses = new LinkedHashMap<>();
    private final Map<AmendmentId, Amendment> amendments = new LinkedHashMap<>();
    private final Map<String, Integer> symbolRevisions = new HashMap<>();
    private final Set<CommentId> comments = new HashSet<>();
    private final Set<DelegationCode> authenticated = new HashSet<>();
    private int milestones;
    private boolean adopted;
    private boolean adoptedBySilence;
    private String adoptedTextHash;
    private Silence silence;
    private Actor silenceOpenedBy;
    private Silence lastHeldSilence;
    private final List<Round> rounds = new ArrayList<>();
    private final Set<SilenceId> silenceIds = new HashSet<>();

    Negotiation() {
        // for Axon
    }

    @CommandHandler
    Negotiation(OpenNegotiation command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheSecretariatOpens(actor);
        apply(new NegotiationOpened(command.negotiationId(), command.title(), command.rules(), actor));
    }

    @CommandHandler
    void handle(ChangeRulesOfProcedure command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        NegotiationPolicies.onlyTheChair(chair, actor, "change the rules of procedure");
        apply(new RulesOfProcedureChanged(negotiationId, command.rules(), actor));
    }

    @CommandHandler
    void handle(ScheduleRound command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "schedule a round");
        CharterPolicies.notAdopted(adopted);
        ProcedurePolicies.noOverlap(rounds, command.opensAt(), command.closesAt());
        apply(new RoundScheduled(negotiationId, rounds.size() + 1, command.title(), command.opensAt(),
                command.closesAt(), command.amendmentDeadline(), actor));
    }

    @CommandHandler
    void handle(AccreditMember command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "accredit a delegation");
        NegotiationPolicies.accreditedOnce(accredited(), command.delegation());
        apply(new MemberAccredited(negotiationId, command.delegation(), command.name(), command.headOfDelegation(),
                command.delegates(), actor));
    }

    @CommandHandler
    void handle(AccreditObserver command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "accredit an observer");
        NegotiationPolicies.accreditedOnce(accredited(), command.delegation());
        apply(new ObserverAccredited(negotiationId, command.delegation(), command.name(), actor));
    }

    @CommandHandler
    void handle(AddArticle command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        NegotiationPolicies.onlyTheChair(chair, actor, "add an article");
        NegotiationPolicies.newArticle(clauses.keySet(), command.articleId());
        SilencePolicies.notUnderSilence(silence, List.of());
        apply(new ArticleAdded(negotiationId, command.articleId(), command.heading(), command.text(), actor));
    }

    @CommandHandler
    void handle(AddPreambleParagraph command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        NegotiationPolicies.onlyTheChair(chair, actor, "add a preamble paragraph");
        NegotiationPolicies.newArticle(clauses.keySet(), command.clauseId());
        SilencePolicies.notUnderSilence(silence, List.of());
        apply(new PreambleParagraphAdded(negotiationId, command.clauseId(), command.text(), actor));
    }

    @CommandHandler
    void handle(AddParagraph command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        NegotiationPolicies.onlyTheChair(chair, actor, "add a paragraph");
        NegotiationPolicies.newArticle(clauses.keySet(), command.clauseId());
        StructurePolicies.article(ParticipationPolicies.existing(clauses, command.articleId()));
        SilencePolicies.notUnderSilence(silence, List.of(command.articleId()));
        apply(new ParagraphAdded(negotiationId, command.clauseId(), command.articleId(), command.text(), actor));
    }

    @CommandHandler
    void handle(SplitClause command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        NegotiationPolicies.onlyTheChair(chair, actor, "split a clause");
        Clause clause = ParticipationPolicies.existing(clauses, command.clauseId());
        ParticipationPolicies.current(clause, command.revision());
        NegotiationPolicies.newArticle(clauses.keySet(), command.newClauseId());
        SilencePolicies.notUnderSilence(silence, List.of(clause.id()));
        StructurePolicies.splittable(clause, command.at(), command.newHeading());
        String first = Wording.slice(clause.wording(), 0, command.at());
        String second = Wording.slice(clause.wording(), command.at(), Wording.length(clause.wording()));
        long revision = clause.revision() + 1;
        apply(new ClauseSplit(negotiationId, clause.id(), revision, first, Wording.hash(first), command.newClauseId(),
                command.newHeading(), second, actor));
        // amendments on the first part stay with the clause; the others no longer fit its wording
        for (Amendment amendment : openTextualAmendments(clause.id())) {
            TextRange range = amendment.range();
            apply(range.to() <= command.at()
                    ? new AmendmentRebased(negotiationId, amendment.id(), revision, range.from(), range.to())
                    : new AmendmentNeedsRevision(negotiationId, amendment.id(), revision));
        }
    }

    @CommandHandler
    void handle(MergeClauses command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        NegotiationPolicies.onlyTheChair(chair, actor, "merge clauses");
        Clause clause = ParticipationPolicies.existing(clauses, command.clauseId());
        Clause merged = ParticipationPolicies.existing(clauses, command.mergedClauseId());
        StructurePolicies.mergeable(clause, merged, clauses.values(), !openTextualAmendments(merged.id()).isEmpty());
        SilencePolicies.notUnderSilence(silence, List.of(clause.id(), merged.id()));
        String wording = clause.wording() + "\n" + merged.wording();
        apply(new ClausesMerged(negotiationId, clause.id(), merged.id(), clause.revision() + 1, wording,
                Wording.hash(wording), actor));
    }

    private List<Amendment> openTextualAmendments(ArticleId clause) {
        return amendments.values().stream()
                .filter(a -> a.clauseId().equals(clause) && a.isTextual() && a.state() == AmendmentState.PENDING)
                .toList();
    }

    @CommandHandler
    void handle(MoveArticle command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "move an article");
        CharterPolicies.notAdopted(adopted);
        ParticipationPolicies.existing(clauses, command.articleId());
        if (command.after() != null) {
            ParticipationPolicies.existing(clauses, command.after());
        }
        SilencePolicies.notUnderSilence(silence, List.of(command.articleId()));
        apply(movement(command.articleId(), command.after(), actor));
    }

    /** The new order of the units once {@code article} follows {@code after} (none: the top). */
    private ArticleMoved movement(ArticleId article, ArticleId after, Actor actor) {
        if (after != null) {
            ParticipationPolicies.existing(clauses, after);
        }
        List<ArticleId> order = new ArrayList<>(clauses.keySet());
        order.remove(article);
        order.add(after == null ? 0 : order.indexOf(after) + 1, article);
        return new ArticleMoved(negotiationId, article, after, order, actor);
    }

    @CommandHandler
    void handle(ReviseClause command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        ParticipationPolicies.mayDraft(actor, members, chair);
        Clause clause = ParticipationPolicies.existing(clauses, command.clauseId());
        ParticipationPolicies.current(clause, command.baseRevision());
        SilencePolicies.notUnderSilence(silence, List.of(clause.id()));
        revise(clause, new TextRange(command.from(), command.to()), command.replacement(), actor, null);
    }

    /**
     * A co-editing batch: transformed over the revisions recorded after its base, applied, and
     * recorded as one {@link ClauseEdited}; open amendments on the clause are carried over it.
     */
    @CommandHandler
    EditAcknowledgement handle(EditClause command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        ParticipationPolicies.mayDraft(actor, members, chair);
        Clause clause = ParticipationPolicies.existing(clauses, command.clauseId());
        Optional<EditAcknowledgement> repeated = clause.edits().repeated(command.clientId(), command.clientSeq());
        if (repeated.isPresent()) {
            return repeated.get();
        }
        SilencePolicies.notUnderSilence(silence, List.of(clause.id()));
        TextOperation batch = CoEditingPolicies.wellFormed(command.operation());
        TextOperation applied = CoEditingPolicies.rebased(batch, CoEditingPolicies.concurrent(clause, command.baseRevision()),
                Wording.length(clause.wording()));
        String wording = applied.apply(clause.wording());
        int length = Wording.length(wording);
        if (length > NegotiationCommands.MAX_ARTICLE_TEXT) {
            throw new CommandRejectedException(RejectionReason.TEXT_TOO_LONG,
                    "The wording would exceed " + NegotiationCommands.MAX_ARTICLE_TEXT + " characters");
        }
        long revision = clause.revision() + 1;
        String json = applied.toJson();
        clause.prepare(revision, wording);
        apply(new ClauseEdited(negotiationId, clause.id(), revision, command.baseRevision(), json, length,
                Wording.hash(wording), command.clientId(), command.clientSeq(), actor));
        carryAmendmentsOver(clause.id(), OperationRanges.of(applied), revision);
        return new EditAcknowledgement(revision, json, false);
    }

    private void carryAmendmentsOver(ArticleId clauseId, List<OperationRanges.Replacement> edits, long revision) {
        for (Amendment amendment : openTextualAmendments(clauseId)) {
            Optional<TextRange> range = Optional.of(amendment.range());
            for (OperationRanges.Replacement edit : edits) {
                range = range.flatMap(r -> r.rebase(edit.from(), edit.to(), edit.insertedLength()));
            }
            range.ifPresentOrElse(
                    moved -> apply(new AmendmentRebased(negotiationId, amendment.id(), revision, moved.from(), moved.to())),
                    () -> apply(new AmendmentNeedsRevision(negotiationId, amendment.id(), revision)));
        }
    }

    @CommandHandler
    void handle(TableAmendment command, @MetaDataValue(ActorMetaData.KEY) Actor actor, Clock clock) {
        AmendmentPolicies.mayTable(actor, members, chair);
        AmendmentPolicies.newAmendment(amendments, command.amendmentId());
        String replaced = "";
        if (command.kind() == AmendmentKind.NEW_CLAUSE) {
            NegotiationPolicies.newArticle(clauses.keySet(), command.clauseId());
        } else if (command.kind() == AmendmentKind.MOVE) {
            StructurePolicies.article(ParticipationPolicies.existing(clauses, command.clauseId()));
            if (command.moveAfter() != null) {
                StructurePolicies.article(ParticipationPolicies.existing(clauses, command.moveAfter()));
            }
        } else {
            Clause clause = ParticipationPolicies.existing(clauses, command.clauseId());
            ParticipationPolicies.current(clause, command.baseRevision());
            replaced = Wording.slice(clause.wording(), command.from(), command.to());
        }
        ProcedurePolicies.beforeAmendmentDeadline(rounds, clock.instant());
        List<ArticleId> touched = command.kind() == AmendmentKind.NEW_CLAUSE ? List.of() : List.of(command.clauseId());
        if (!silenceConcerned(actor, touched, "amendment " + command.amendmentId(), clock.instant())) {
            return;
        }
        CharterPolicies.notAdopted(adopted);
        apply(new AmendmentTabled(negotiationId, command.amendmentId(), command.clauseId(), command.baseRevision(),
                command.kind(), command.from(), command.to(), replaced, command.text(), command.heading(),
                command.justification(), actor.delegation(), actor, command.moveAfter()));
    }

    @CommandHandler
    void handle(ReviseAmendment command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        Amendment amendment = AmendmentPolicies.existing(amendments, command.amendmentId());
        AmendmentPolicies.proposer(actor, amendment);
        AmendmentPolicies.open(amendment);
        Clause clause = ParticipationPolicies.existing(clauses, amendment.clauseId());
        ParticipationPolicies.current(clause, command.baseRevision());
        String replaced = Wording.slice(clause.wording(), command.from(), command.to());
        apply(new AmendmentRevised(negotiationId, amendment.id(), command.baseRevision(), command.kind(),
                command.from(), command.to(), replaced, command.text(), command.justification(), actor));
    }

    @CommandHandler
    void handle(JoinAmendment command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        Amendment amendment = AmendmentPolicies.existing(amendments, command.amendmentId());
        AmendmentPolicies.mayJoin(actor, amendment, members, chair);
        apply(new AmendmentCosponsorJoined(negotiationId, amendment.id(), actor.delegation(), actor));
    }

    @CommandHandler
    void handle(LeaveAmendment command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        Amendment amendment = AmendmentPolicies.existing(amendments, command.amendmentId());
        AmendmentPolicies.mayLeave(actor, amendment);
        apply(new AmendmentCosponsorLeft(negotiationId, amendment.id(), actor.delegation(), actor));
    }

    @CommandHandler
    void handle(WithdrawAmendment command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        Amendment amendment = AmendmentPolicies.existing(amendments, command.amendmentId());
        AmendmentPolicies.proposer(actor, amendment);
        AmendmentPolicies.open(amendment);
        apply(new AmendmentWithdrawn(negotiationId, amendment.id(), actor));
    }

    @CommandHandler
    void handle(CombineIntoOptions command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "combine amendments into options");
        CharterPolicies.notAdopted(adopted);
        ParticipationPolicies.existing(clauses, command.clauseId());
        command.amendments().forEach(id ->
                ProcedurePolicies.optionCandidate(AmendmentPolicies.existing(amendments, id), command.clauseId()));
        apply(new AmendmentsCombinedIntoOptions(negotiationId, command.clauseId(), command.amendments(), actor));
    }

    @CommandHandler
    void handle(RejectAmendment command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        NegotiationPolicies.onlyTheChair(chair, actor, "decide on an amendment");
        Amendment amendment = AmendmentPolicies.existing(amendments, command.amendmentId());
        AmendmentPolicies.open(amendment);
        apply(new AmendmentRejected(negotiationId, amendment.id(), command.reason(), actor));
    }

    @CommandHandler
    void handle(IncorporateAmendment command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.notAdopted(adopted);
        NegotiationPolicies.onlyTheChair(chair, actor, "incorporate an amendment");
        Amendment amendment = AmendmentPolicies.existing(amendments, command.amendmentId());
        AmendmentPolicies.decidable(amendment);
        SilencePolicies.notUnderSilence(silence,
                amendment.kind() == AmendmentKind.NEW_CLAUSE ? List.of() : List.of(amendment.clauseId()));
        if (amendment.isTextual()) {
            Clause clause = clauses.get(amendment.clauseId());
            if (amendment.isOption()) {
                clause.options().stream().filter(other -> !other.equals(amendment.id())).sorted(
                                java.util.Comparator.comparing(AmendmentId::value)).toList()
                        .forEach(other -> apply(new AmendmentSuperseded(negotiationId, other, amendment.id())));
            }
            revise(clause, amendment.range(), amendment.text(), actor, amendment.id());
            apply(new AmendmentIncorporated(negotiationId, amendment.id(), clause.id(), clause.revision(), actor));
        } else if (amendment.kind() == AmendmentKind.MOVE) {
            Clause clause = ParticipationPolicies.existing(clauses, amendment.clauseId());
            apply(movement(clause.id(), amendment.moveAfter(), actor));
            apply(new AmendmentIncorporated(negotiationId, amendment.id(), clause.id(), clause.revision(), actor));
        } else {
            NegotiationPolicies.newArticle(clauses.keySet(), amendment.clauseId());
            apply(new ArticleAdded(negotiationId, amendment.clauseId(), amendment.heading(), amendment.text(), actor));
            apply(new AmendmentIncorporated(negotiationId, amendment.id(), amendment.clauseId(), 1, actor));
        }
    }

    @CommandHandler
    void handle(ReopenClause command, @MetaDataValue(ActorMetaData.KEY) Actor actor, Clock clock) {
        CharterPolicies.notAdopted(adopted);
        ParticipationPolicies.maySpeakFor(actor, command.delegation(), members);
        Clause clause = ParticipationPolicies.existing(clauses, command.clauseId());
        CharterPolicies.agreedClause(clause, clause.status(rules.decisionRule(), members));
        if (!silenceConcerned(actor, List.of(clause.id()), "reopening of " + clause.id(), clock.instant())) {
            return;
        }
        apply(new ClauseReopened(negotiationId, clause.id(), command.delegation(), clause.revision(),
                Wording.hash(clause.wording()), command.reason(), actor));
    }

    @CommandHandler
    void handle(CommentOnClause command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        ParticipationPolicies.mayDraft(actor, members, chair);
        ParticipationPolicies.existing(clauses, command.clauseId());
        CommentPolicies.newComment(comments, command.commentId());
        CommentPolicies.replyToKnown(comments, command.inReplyTo());
        apply(new ClauseCommented(negotiationId, command.clauseId(), command.commentId(), command.inReplyTo(),
                command.text(), actor));
    }

    @CommandHandler
    void handle(IssueMilestone command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "issue a text");
        int symbolRevision = symbolRevisions.getOrDefault(command.symbol(), -1) + 1;
        String documentSymbol = symbolRevision == 0 ? command.symbol() : command.symbol() + "/Rev." + symbolRevision;
        List<FrozenClause> frozen = frozenText();
        apply(new MilestoneIssued(negotiationId, milestones + 1, command.kind(), command.symbol(), symbolRevision,
                documentSymbol, frozen, CharterPolicies.textHash(frozen), actor));
    }

    @CommandHandler
    void handle(AdoptCharter command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        NegotiationPolicies.onlyTheChair(chair, actor, "record the adoption");
        CharterPolicies.notAdopted(adopted);
        SilencePolicies.noneOpen(silence);
        CharterPolicies.everyClauseAgreed(clauses.values(), clause -> clause.status(rules.decisionRule(), members));
        List<FrozenClause> frozen = frozenText();
        apply(new CharterAdopted(negotiationId, frozen, CharterPolicies.textHash(frozen), false, actor));
    }

    @CommandHandler
    void handle(AuthenticateCharter command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.adopted(adopted);
        ParticipationPolicies.maySpeakFor(actor, command.delegation(), members);
        CharterPolicies.authenticatedOnce(authenticated, command.delegation());
        apply(new CharterAuthenticated(negotiationId, command.delegation(), command.act(), adoptedTextHash, actor));
    }

    @CommandHandler
    void handle(AttachStatement command, @MetaDataValue(ActorMetaData.KEY) Actor actor) {
        CharterPolicies.adopted(adopted);
        ParticipationPolicies.maySpeakFor(actor, command.delegation(), members);
        apply(new StatementAttached(negotiationId, command.delegation(), command.kind(), command.text(),
                adoptedTextHash, actor));
    }

    @CommandHandler
    void handle(OpenSilenceProcedure command, @MetaDataValue(ActorMetaData.KEY) Actor actor, Clock clock,
                DeadlineManager deadlines) {
        NegotiationPolicies.onlyTheChair(chair, actor, "open a silence procedure");
        CharterPolicies.notAdopted(adopted);
        SilencePolicies.noneOpen(silence);
        SilencePolicies.newSilence(silenceIds, command.silenceId());
        SilencePolicies.charterNotEmpty(clauses);
        SilencePolicies.knownClauses(clauses, command.clauses());
        SilencePolicies.longEnough(command.expiresAt(), clock.instant(), rules.minimumSilenceHours());
        apply(new SilenceProcedureOpened(negotiationId, command.silenceId(), command.clauses(), command.expiresAt(),
                actor));
        deadlines.schedule(command.expiresAt(), SilenceExpiry.DEADLINE, new SilenceExpiry(command.silenceId()));
    }

    /** Re-arms the open silence's expiry (after an import: deadlines are not events); no event. */
    @CommandHandler
    void handle(RearmSilenceExpiry command, @MetaDataValue(ActorMetaData.KEY) Actor actor, DeadlineManager deadlines) {
        NegotiationPolicies.theSecretariat(actor, "re-arm the expiry of a silence procedure");
        if (silence == null || adopted) {
            return;
        }
        deadlines.cancelAllWithinScope(SilenceExpiry.DEADLINE);
        deadlines.schedule(silence.expiresAt(), SilenceExpiry.DEADLINE, new SilenceExpiry(silence.id()));
    }

    @DeadlineHandler(deadlineName = SilenceExpiry.DEADLINE)
    void on(SilenceExpiry expiry) {
        if (silence != null && silence.id().equals(expiry.silenceId()) && !adopted) {
            hold(silence);
        }
    }

    /**
     * An objection or an amendment by a member on {@code touched} clauses (none: the charter as a
     * whole) before expiry breaks an open silence on them; after expiry the silence holds first
     * and the act is recorded as late. Returns whether the act itself may still be recorded.
     */
    private boolean silenceConcerned(Actor actor, List<ArticleId> touched, String act, Instant now) {
        if (silence != null && silence.covers(touched)) {
            if (!silence.expiredAt(now)) {
                apply(new SilenceBroken(negotiationId, silence.id(), actor.delegation(), act, now, actor));
                return true;
            }
            hold(silence);
        }
        boolean late = lastHeldSilence != null && lastHeldSilence.covers(touched) && (!adopted || adoptedBySilence);
        if (late) {
            apply(new LateObjectionRecorded(negotiationId, lastHeldSilence.id(), actor.delegation(), act, now, actor));
        } else {
            CharterPolicies.notAdopted(adopted);
        }
        return !adopted;
    }

    /** Silence held until expiry: its clauses are agreed by silence; the whole charter is adopted. */
    private void hold(Silence held) {
        List<FrozenClause> frozen = frozenText().stream()
                .filter(clause -> held.wholeCharter() || held.clauses().contains(clause.clauseId()))
                .toList();
        apply(new SilenceHeld(negotiationId, held.id(), frozen, held.expiresAt()));
        if (held.wholeCharter()) {
            List<FrozenClause> all = frozenText();
            apply(new CharterAdopted(negotiationId, all, CharterPolicies.textHash(all), true, silenceOpenedBy));
        }
    }

    private List<FrozenClause> frozenText() {
        return TextOrder.of(List.copyOf(clauses.values()), c -> new TextOrder.Unit(c.id(), c.kind(), c.parent()))
                .stream().map(p -> p.item().frozen(p.number())).toList();
    }

    /**
     * Changes a clause's wording and carries every other open amendment on it over to the new
     * revision: rebased where its range survived, flagged for its proposer where it did not.
     */
    private void revise(Clause clause, TextRange range, String replacement, Actor actor, AmendmentId incorporating) {
        String wording = Wording.replace(clause.wording(), range.from(), range.to(), replacement);
        long revision = clause.revision() + 1;
        apply(new ClauseRevised(negotiationId, clause.id(), revision, range.from(), range.to(), replacement,
                wording, Wording.hash(wording), actor));
        int inserted = Wording.length(replacement);
        openTextualAmendments(clause.id()).stream()
                .filter(a -> !a.id().equals(incorporating))
                .forEach(a -> a.range().rebase(range.from(), range.to(), inserted).ifPresentOrElse(
                        moved -> apply(new AmendmentRebased(negotiationId, a.id(), revision, moved.from(), moved.to())),
                        () -> apply(new AmendmentNeedsRevision(negotiationId, a.id(), revision))));
    }

    @CommandHandler
    void handle(DeclarePosition command, @MetaDataValue(ActorMetaData.KEY) Actor actor, Clock clock) {
        ParticipationPolicies.maySpeakFor(actor, command.delegation(), members);
        Clause clause = ParticipationPolicies.existing(clauses, command.clauseId());
        ParticipationPolicies.current(clause, command.revision());
        if (command.kind() == PositionKind.OBJECTION
                && !silenceConcerned(actor, List.of(clause.id()), "objection to " + clause.id(), clock.instant())) {
            return;
        }
        CharterPolicies.notAdopted(adopted);
        apply(new PositionDeclared(negotiationId, clause.id(), command.delegation(), clause.revision(),
                Wording.hash(clause.wording()), command.kind(), command.statement(), actor));
    }

    private Set<DelegationCode> accredited() {
        Set<DelegationCode> all = new HashSet<>(members);
        all.addAll(observers);
        return all;
    }

    @EventSourcingHandler
    void on(NegotiationOpened event) {
        negotiationId = event.negotiationId();
        chair = event.openedBy().username();
        rules = event.rules();
    }

    @EventSourcingHandler
    void on(RulesOfProcedureChanged event) {
        rules = event.rules();
    }

    @EventSourcingHandler
    void on(MemberAccredited event) {
        members.add(event.delegation());
    }

    @EventSourcingHandler
    void on(ObserverAccredited event) {
        observers.add(event.delegation());
    }

    @EventSourcingHandler
    void on(ArticleAdded event) {
        clauses.put(event.articleId(), new Clause(event.articleId(), event.heading(), event.text()));
    }

    @EventSourcingHandler
    void on(AmendmentTabled event) {
        Amendment amendment = new Amendment(event.amendmentId(), event.clauseId(), event.kind(), event.proposer(),
                event.baseRevision(), new TextRange(event.from(), event.to()), event.text(), event.heading());
        amendment.moves(event.moveAfter());
        amendments.put(event.amendmentId(), amendment);
    }

    @EventSourcingHandler
    void on(AmendmentRevised event) {
        amendments.get(event.amendmentId()).revised(event.baseRevision(), event.kind(),
                new TextRange(event.from(), event.to()), event.text());
    }

    @EventSourcingHandler
    void on(AmendmentRebased event) {
        amendments.get(event.amendmentId()).rebased(event.revision(), new TextRange(event.from(), event.to()));
    }

    @EventSourcingHandler
    void on(AmendmentNeedsRevision event) {
        amendments.get(event.amendmentId()).needsRevision(event.revision());
    }

    @EventSourcingHandler
    void on(AmendmentCosponsorJoined event) {
        amendments.get(event.amendmentId()).cosponsors().add(event.delegation());
    }

    @EventSourcingHandler
    void on(AmendmentCosponsorLeft event) {
        amendments.get(event.amendmentId()).cosponsors().remove(event.delegation());
    }

    @EventSourcingHandler
    void on(AmendmentWithdrawn event) {
        decided(event.amendmentId(), AmendmentState.WITHDRAWN);
    }

    @EventSourcingHandler
    void on(AmendmentRejected event) {
        decided(event.amendmentId(), AmendmentState.REJECTED);
    }

    @EventSourcingHandler
    void on(AmendmentIncorporated event) {
        decided(event.amendmentId(), AmendmentState.INCORPORATED);
    }

    @EventSourcingHandler
    void on(AmendmentSuperseded event) {
        decided(event.amendmentId(), AmendmentState.SUPERSEDED);
    }

    @EventSourcingHandler
    void on(AmendmentsCombinedIntoOptions event) {
        event.amendments().forEach(id -> amendments.get(id).becameOption());
        clauses.get(event.clauseId()).options().addAll(event.amendments());
    }

    @EventSourcingHandler
    void on(RoundScheduled event) {
        rounds.add(new Round(event.number(), event.opensAt(), event.closesAt(), event.amendmentDeadline()));
    }

    private void decided(AmendmentId id, AmendmentState outcome) {
        Amendment amendment = amendments.get(id);
        amendment.decided(outcome);
        Clause clause = clauses.get(amendment.clauseId());
        if (clause != null) {
            clause.options().remove(id);
        }
    }

    @EventSourcingHandler
    void on(PreambleParagraphAdded event) {
        clauses.put(event.clauseId(), new Clause(event.clauseId(), ClauseKind.PREAMBLE, null, "", event.text()));
    }

    @EventSourcingHandler
    void on(ParagraphAdded event) {
        clauses.put(event.clauseId(),
                new Clause(event.clauseId(), ClauseKind.PARAGRAPH, event.articleId(), "", event.text()));
    }

    @EventSourcingHandler
    void on(ClauseSplit event) {
        Clause clause = clauses.get(event.clauseId());
        clause.rewritten(event.firstWording(), event.revision());
        Map<ArticleId, Clause> reordered = new LinkedHashMap<>();
        clauses.forEach((id, existing) -> {
            reordered.put(id, existing);
            if (id.equals(event.clauseId())) {
                reordered.put(event.newClauseId(), new Clause(event.newClauseId(), clause.kind(), clause.parent(),
                        event.newHeading(), event.secondWording()));
            }
        });
        clauses.clear();
        clauses.putAll(reordered);
    }

    @EventSourcingHandler
    void on(ClausesMerged event) {
        clauses.get(event.clauseId()).rewritten(event.wording(), event.revision());
        clauses.remove(event.mergedClauseId());
    }

    @EventSourcingHandler
    void on(ArticleMoved event) {
        Map<ArticleId, Clause> reordered = new LinkedHashMap<>();
        event.order().forEach(id -> reordered.put(id, clauses.get(id)));
        clauses.clear();
        clauses.putAll(reordered);
    }

    @EventSourcingHandler
    void on(ClauseReopened event) {
        clauses.get(event.clauseId()).reopened(event.delegation(), event.revision());
    }

    @EventSourcingHandler
    void on(ClauseCommented event) {
        comments.add(event.commentId());
    }

    @EventSourcingHandler
    void on(MilestoneIssued event) {
        milestones = event.sequence();
        symbolRevisions.put(event.symbol(), event.symbolRevision());
    }

    @EventSourcingHandler
    void on(CharterAdopted event) {
        adopted = true;
        adoptedBySilence = event.bySilence();
        adoptedTextHash = event.textHash();
    }

    @EventSourcingHandler
    void on(SilenceProcedureOpened event) {
        silence = new Silence(event.silenceId(), Set.copyOf(event.clauses()), event.expiresAt());
        silenceIds.add(event.silenceId());
        silenceOpenedBy = event.by();
    }

    @EventSourcingHandler
    void on(SilenceBroken event) {
        silence = null;
    }

    @EventSourcingHandler
    void on(SilenceHeld event) {
        lastHeldSilence = silence;
        silence = null;
        event.clauses().forEach(frozen -> clauses.get(frozen.clauseId()).silenceHeld());
    }

    @EventSourcingHandler
    void on(CharterAuthenticated event) {
        authenticated.add(event.delegation());
    }

    @EventSourcingHandler
    void on(ClauseRevised event) {
        clauses.get(event.clauseId()).revised(event);
    }

    @EventSourcingHandler
    void on(ClauseEdited event) {
        clauses.get(event.clauseId()).edited(event);
    }

    @EventSourcingHandler
    void on(PositionDeclared event) {
        clauses.get(event.clauseId()).positionDeclared(event);
    }
}
