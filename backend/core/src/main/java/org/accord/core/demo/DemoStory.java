package org.accord.core.demo;

import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.CombineIntoOptions;
import org.accord.api.amendment.IncorporateAmendment;
import org.accord.api.amendment.JoinAmendment;
import org.accord.api.amendment.RejectAmendment;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.amendment.WithdrawAmendment;
import org.accord.api.comment.CommentId;
import org.accord.api.comment.CommentOnClause;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.milestone.IssueMilestone;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.position.DeclarePosition;
import org.accord.api.procedure.ScheduleRound;
import org.accord.api.position.PositionKind;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.api.silence.OpenSilenceProcedure;
import org.accord.api.silence.SilenceId;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The first weeks of the demo negotiation, told as commands by the people who would send them,
 * so that the demo shows every feature: positions of every kind, amendments in every state, an
 * agreed, an ad referendum, a bracketed and an untouched clause, comments, issued texts, and a
 * silence procedure running for a week.
 */
final class DemoStory {

    private static final NegotiationId ID = DemoCharter.ID;

    private final CommandGateway commands;
    private final Clock clock;
    private final List<DemoCharter.Article> articles = DemoCharter.ARTICLES;

    DemoStory(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    void tell(Actor chair) {
        scheduleTheFirstRound(chair);
        issue(chair, MilestoneKind.COMPILATION_TEXT);
        agreeOnIndivisibleSecurity();
        agreeAdReferendumOnTheRiskCatalogue();
        amendComprehensiveApproaches(chair);
        bracketResponseMechanisms();
        decideOnInternationalCooperation(chair);
        discussInternationalLaw(chair);
        proposeWaterCooperation();
        issue(chair, MilestoneKind.CHAIRS_TEXT);
        putTheRiskCatalogueUnderSilence(chair);
    }

    private void putTheRiskCatalogueUnderSilence(Actor chair) {
        send(new OpenSilenceProcedure(ID, SilenceId.of("silence-risk-catalogue"), List.of(article(1)),
                clock.instant().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS)), chair);
    }

    private void agreeOnIndivisibleSecurity() {
        ArticleId article = article(0);
        position("KAZ", article, 1, PositionKind.ENDORSE, "");
        position("KGZ", article, 1, PositionKind.ENDORSE, "");
        position("UZB", article, 1, PositionKind.ENDORSE, "");
        position("TJK", article, 1, PositionKind.CAN_LIVE_WITH, "");
        position("TKM", article, 1, PositionKind.SUBSTANTIVE_RESERVATION,
                "Without prejudice to the permanent neutrality of Turkmenistan");
    }

    private void agreeAdReferendumOnTheRiskCatalogue() {
        ArticleId article = article(1);
        position("KAZ", article, 1, PositionKind.ENDORSE, "");
        position("UZB", article, 1, PositionKind.ENDORSE, "");
        position("TKM", article, 1, PositionKind.SCRUTINY_RESERVATION, "Subject to confirmation by Ashgabat");
    }

    private void amendComprehensiveApproaches(Actor chair) {
        ArticleId article = article(2);
        position("KAZ", article, 1, PositionKind.ENDORSE, ""); // stale once the wording changes
        position("KGZ", article, 1, PositionKind.OBJECTION, "Energy security must be named");
        String wording = articles.get(2).text();
        int[] range = range(wording, "water and environmental security");
        AmendmentId energy = AmendmentId.of("am-energy-security");
        send(new TableAmendment(ID, energy, article, 1, AmendmentKind.SUBSTITUTION, range[0], range[1],
                "water, energy and environmental security", null,
                "Energy interdependence is a security matter for the whole region"), delegate("TJK"));
        send(new JoinAmendment(ID, energy), head("KGZ"));
        send(new IncorporateAmendment(ID, energy), chair);
        position("TJK", article, 2, PositionKind.ENDORSE, "");
        position("KGZ", article, 2, PositionKind.ENDORSE, "");
        position("UZB", article, 2, PositionKind.ENDORSE, "");
    }

    private void bracketResponseMechanisms() {
        ArticleId article = article(3);
        position("KAZ", article, 1, PositionKind.ENDORSE, "");
        position("TKM", article, 1, PositionKind.OBJECTION,
                "Permanent neutrality precludes participation in joint response");
        String wording = articles.get(3).text();
        int[] range = range(wording, "joint response");
        AmendmentId voluntary = AmendmentId.of("am-voluntary-response");
        send(new TableAmendment(ID, voluntary, article, 1, AmendmentKind.SUBSTITUTION, range[0], range[1],
                "voluntary coordinated response", null, "Respects the neutrality of each Party"), head("TKM"));
        send(new JoinAmendment(ID, voluntary), delegate("KGZ"));
    }

    private void decideOnInternationalCooperation(Actor chair) {
        ArticleId article = article(4);
        String wording = articles.get(4).text();
        int[] outside = range(wording, ", in a manner neutral between outside powers");
        AmendmentId deletion = AmendmentId.of("am-delete-neutrality");
        send(new TableAmendment(ID, deletion, article, 1, AmendmentKind.DELETION, outside[0], outside[1], "", null,
                "The Charter should not qualify cooperation"), head("UZB"));
        send(new RejectAmendment(ID, deletion, "No support in the room: neutrality is the point of the Charter"), chair);

        int[] un = range(wording, "the United Nations");
        AmendmentId osce = AmendmentId.of("am-add-osce");
        send(new TableAmendment(ID, osce, article, 1, AmendmentKind.SUBSTITUTION, un[0], un[1],
                "the United Nations, the OSCE", null, "Name the OSCE explicitly"), delegate("KAZ"));
        send(new WithdrawAmendment(ID, osce), head("KAZ"));

        int[] organisations = range(wording, "international and regional organisations");
        AmendmentId sco = AmendmentId.of("am-name-sco");
        send(new TableAmendment(ID, sco, article, 1, AmendmentKind.SUBSTITUTION, organisations[0], organisations[1],
                "international and regional organisations, including the SCO and the CSTO", null,
                "Name the organisations the region already belongs to"), delegate("KGZ"));
        // the secretariat's editorial change touches the same words: the KGZ amendment needs revision
        send(new ReviseClause(ID, article, 1, organisations[0], organisations[1],
                "relevant international and regional organisations"), chair);
    }

    private void scheduleTheFirstRound(Actor chair) {
        Instant opens = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1));
        send(new ScheduleRound(ID, "First round, Astana", opens, opens.plus(Duration.ofDays(14)),
                opens.plus(Duration.ofDays(10))), chair);
    }

    private void discussInternationalLaw(Actor chair) {
        ArticleId article = article(5);
        String wording = articles.get(5).text();
        int[] law = range(wording, "strict conformity with international law");
        AmendmentId charter = AmendmentId.of("am-un-charter");
        send(new TableAmendment(ID, charter, article, 1, AmendmentKind.SUBSTITUTION, law[0], law[1],
                "strict conformity with the Charter of the United Nations", null, "The UN Charter is the anchor"),
                delegate("KAZ"));
        AmendmentId helsinki = AmendmentId.of("am-helsinki");
        send(new TableAmendment(ID, helsinki, article, 1, AmendmentKind.SUBSTITUTION, law[0], law[1],
                "strict conformity with international law, including the Helsinki Final Act", null,
                "Borders were settled there"), delegate("UZB"));
        send(new CombineIntoOptions(ID, article, List.of(charter, helsinki)), chair);
        CommentId question = CommentId.of("comment-borders-1");
        send(new CommentOnClause(ID, article, question, null,
                "Should the Charter refer to the 1975 Helsinki Final Act?"), delegate("UZB"));
        send(new CommentOnClause(ID, article, CommentId.of("comment-borders-2"), question,
                "The secretariat will circulate a non-paper on the options."), chair);
    }

    private void proposeWaterCooperation() {
        send(new TableAmendment(ID, AmendmentId.of("am-new-water-article"), ArticleId.of("art-water"), 0,
                AmendmentKind.NEW_CLAUSE, 0, 0,
                "The Parties shall cooperate in the equitable use of transboundary water resources.",
                "Transboundary water", "Water is the first security issue of the region"), head("UZB"));
    }

    private void issue(Actor chair, MilestoneKind kind) {
        send(new IssueMilestone(ID, kind, kind == MilestoneKind.CHAIRS_TEXT ? "C5/2026/L.2" : "C5/2026/L.1"), chair);
    }

    private void position(String state, ArticleId article, long revision, PositionKind kind, String statement) {
        send(new DeclarePosition(ID, article, DelegationCode.of(state), revision, kind, statement), head(state));
    }

    private ArticleId article(int index) {
        return articles.get(index).id();
    }

    private static Actor head(String state) {
        DemoCharter.Party party = party(state);
        return new Actor(state.toLowerCase(Locale.ROOT) + ".head", party.head(), Role.HEAD_OF_DELEGATION, party.code());
    }

    private static Actor delegate(String state) {
        DemoCharter.Party party = party(state);
        return new Actor(state.toLowerCase(Locale.ROOT) + ".delegate", party.delegate(), Role.DELEGATE, party.code());
    }

    private static DemoCharter.Party party(String state) {
        return DemoCharter.MEMBERS.stream().filter(p -> p.code().value().equals(state)).findFirst().orElseThrow();
    }

    /** The code-point range of {@code phrase} in {@code wording}. */
    static int[] range(String wording, String phrase) {
        int at = wording.indexOf(phrase);
        if (at < 0) {
            throw new IllegalStateException("'" + phrase + "' is not in the demo wording");
        }
        int from = wording.codePointCount(0, at);
        return new int[]{from, from + phrase.codePointCount(0, phrase.length())};
    }

    private void send(Object command, Actor actor) {
        commands.sendAndWait(command, ActorMetaData.of(actor));
    }
}
