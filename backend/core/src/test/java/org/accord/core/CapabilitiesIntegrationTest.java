package org.accord.core;

import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.RejectAmendment;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.comment.CommentId;
import org.accord.api.comment.CommentOnClause;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.milestone.IssueMilestone;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.FindCapabilities;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.ChangeRulesOfProcedure;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.testing.MutableBusinessTime;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The capabilities the server grants each person are exactly the commands the negotiation then
 * accepts from them: a view that shows the controls of the granted capabilities never offers a
 * command that will be refused, nor hides one that would be accepted.
 */
@SpringBootTest(classes = {CoreTestApplication.class, MutableBusinessTime.class})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class CapabilitiesIntegrationTest {

    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final Actor OTHER_CHAIR = new Actor("chair2", "Another secretariat", Role.CHAIR, null);
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final DelegationCode AZE = DelegationCode.of("AZE");
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION, KAZ);
    static final Actor KAZ_DELEGATE = new Actor("kaz.delegate", "Nurlan", Role.DELEGATE, KAZ);
    static final Actor UZB_HEAD = new Actor("uzb.head", "Dilshod", Role.HEAD_OF_DELEGATION, UZB);
    static final Actor AZE_OBSERVER = new Actor("aze.observer", "Leyla", Role.OBSERVER, AZE);
    static final Actor TKM_HEAD = new Actor("tkm.head", "Serdar", Role.HEAD_OF_DELEGATION, DelegationCode.of("TKM"));
    static final ArticleId ARTICLE = ArticleId.of("art-1");

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired java.time.Clock clock;

    final AtomicInteger counter = new AtomicInteger();

    void send(Object command, Actor actor) {
        commands.sendAndWait(command, ActorMetaData.of(actor));
    }

    Capabilities capabilities(NegotiationId id, Actor actor) {
        return queries.query(Viewing.as(actor, new FindCapabilities(id)), ResponseTypes.instanceOf(Capabilities.class))
                .join();
    }

    /** A new article at revision 1, so that no probe depends on the projection having caught up. */
    ArticleId fresh(NegotiationId id) {
        ArticleId article = ArticleId.of("art-p" + counter.incrementAndGet());
        send(new AddArticle(id, article, "Probe", "Security is indivisible."), CHAIR);
        return article;
    }

    /** One representative command per capability, fresh each time it is tried. */
    Map<Capability, Function<Actor, Object>> probes(NegotiationId id) {
        Map<Capability, Function<Actor, Object>> probes = new LinkedHashMap<>();
        probes.put(Capability.EDIT_TEXT, actor -> new ReviseClause(id, fresh(id), 1, 0, 0, "A"));
        probes.put(Capability.COMMENT, actor -> new CommentOnClause(id, ARTICLE, CommentId.of("c-" + counter.incrementAndGet()),
                null, "A remark"));
        probes.put(Capability.TABLE_AMENDMENT, actor -> new TableAmendment(id, AmendmentId.of("a-" + counter.incrementAndGet()),
                fresh(id), 1, AmendmentKind.INSERTION, 0, 0, "Firmly, ", null, "", null));
        probes.put(Capability.DECLARE_POSITION, actor -> new DeclarePosition(id, fresh(id),
                actor.delegation() == null ? KAZ : actor.delegation(), 1, PositionKind.ENDORSE, ""));
        probes.put(Capability.DECIDE_AMENDMENTS, actor -> {
            AmendmentId amendment = AmendmentId.of("d-" + counter.incrementAndGet());
            send(new TableAmendment(id, amendment, fresh(id), 1, AmendmentKind.INSERTION, 0, 0, "X", null, "", null),
                    KAZ_DELEGATE);
            return new RejectAmendment(id, amendment, "Not now");
        });
        probes.put(Capability.STRUCTURE_TEXT, actor -> new AddArticle(id, ArticleId.of("art-x" + counter.incrementAndGet()),
                "More", "More text."));
        probes.put(Capability.RUN_PROCEDURE, actor -> new ChangeRulesOfProcedure(id, RulesOfProcedure.standard()));
        probes.put(Capability.ACCREDIT, actor -> new AccreditObserver(id, DelegationCode.of("O" + (char) ('A' + counter.incrementAndGet() % 26)
                + (char) ('A' + counter.get() / 26 % 26)), "An observer"));
        probes.put(Capability.ISSUE_MILESTONE, actor -> new IssueMilestone(id, MilestoneKind.CHAIRS_TEXT, "CA/1"));
        return probes;
    }

    @Test
    void every_probed_command_is_accepted_exactly_when_the_capability_is_granted() {
        NegotiationId id = NegotiationId.random();
        send(new OpenNegotiation(id, "Charter"), CHAIR);
        send(new AccreditMember(id, KAZ, "Kazakhstan"), CHAIR);
        send(new AccreditMember(id, UZB, "Uzbekistan"), CHAIR);
        send(new AccreditObserver(id, AZE, "Azerbaijan"), CHAIR);
        send(new AddArticle(id, ARTICLE, "Security", "Security is indivisible."), CHAIR);
        await().until(() -> capabilities(id, KAZ_HEAD).may(Capability.DECLARE_POSITION));

        Map<Actor, Set<Capability>> expected = Map.of(
                CHAIR, EnumSet.of(Capability.EDIT_TEXT, Capability.COMMENT, Capability.DECIDE_AMENDMENTS,
                        Capability.STRUCTURE_TEXT, Capability.RUN_PROCEDURE, Capability.ACCREDIT,
                        Capability.ISSUE_MILESTONE, Capability.OPEN_SILENCE, Capability.ADOPT, Capability.REPLAY_HISTORY),
                KAZ_HEAD, EnumSet.of(Capability.EDIT_TEXT, Capability.COMMENT, Capability.TABLE_AMENDMENT,
                        Capability.DECLARE_POSITION),
                KAZ_DELEGATE, EnumSet.of(Capability.EDIT_TEXT, Capability.COMMENT, Capability.TABLE_AMENDMENT),
                UZB_HEAD, EnumSet.of(Capability.EDIT_TEXT, Capability.COMMENT, Capability.TABLE_AMENDMENT,
                        Capability.DECLARE_POSITION),
                AZE_OBSERVER, EnumSet.noneOf(Capability.class),
                OTHER_CHAIR, EnumSet.noneOf(Capability.class),
                TKM_HEAD, EnumSet.noneOf(Capability.class));

        expected.forEach((actor, granted) -> {
            Capabilities capabilities = capabilities(id, actor);
            assertThat(capabilities.granted()).as(actor.username()).isEqualTo(granted);
            probes(id).forEach((capability, probe) -> {
                Object command = probe.apply(actor);
                assertThat(accepted(command, actor)).as(actor.username() + " " + capability)
                        .isEqualTo(capabilities.may(capability));
            });
        });
        assertThat(capabilities(id, KAZ_HEAD).delegation()).isEqualTo(KAZ);
        assertThat(capabilities(id, CHAIR).delegation()).isNull();
        assertThat(capabilities(NegotiationId.random(), CHAIR).granted()).isEmpty();
    }

    @Test
    void the_clauses_under_silence_are_frozen_for_everybody_and_edits_to_them_are_refused() {
        NegotiationId id = NegotiationId.random();
        ArticleId other = ArticleId.of("art-2");
        send(new OpenNegotiation(id, "Charter"), CHAIR);
        send(new AccreditMember(id, KAZ, "Kazakhstan"), CHAIR);
        send(new AddArticle(id, ARTICLE, "Security", "Security is indivisible."), CHAIR);
        send(new AddArticle(id, other, "Borders", "Borders are inviolable."), CHAIR);
        send(new org.accord.api.silence.OpenSilenceProcedure(id, org.accord.api.silence.SilenceId.random(),
                java.util.List.of(ARTICLE), clock.instant().plus(java.time.Duration.ofDays(4))), CHAIR);

        await().untilAsserted(() -> assertThat(capabilities(id, KAZ_DELEGATE).frozen()).containsExactly(ARTICLE));
        Capabilities delegate = capabilities(id, KAZ_DELEGATE);
        assertThat(delegate.mayEdit(ARTICLE)).isFalse();
        assertThat(delegate.mayEdit(other)).isTrue();
        assertThat(capabilities(id, CHAIR).mayEdit(ARTICLE)).isFalse();
        assertThat(accepted(new ReviseClause(id, ARTICLE, 1, 0, 0, "A"), KAZ_DELEGATE)).isFalse();
        assertThat(accepted(new ReviseClause(id, other, 1, 0, 0, "A"), KAZ_DELEGATE)).isTrue();
    }

    private boolean accepted(Object command, Actor actor) {
        try {
            send(command, actor);
            return true;
        } catch (CommandRejectedException refused) {
            return false;
        }
    }

}
