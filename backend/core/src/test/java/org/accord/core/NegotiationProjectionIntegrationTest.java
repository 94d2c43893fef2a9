package org.accord.core;

import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.amendment.IncorporateAmendment;
import org.accord.api.amendment.JoinAmendment;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.adoption.AdoptCharter;
import org.accord.api.adoption.AttachStatement;
import org.accord.api.adoption.AuthenticateCharter;
import org.accord.api.adoption.AuthenticationAct;
import org.accord.api.adoption.StatementKind;
import org.accord.api.comment.CommentId;
import org.accord.api.comment.CommentOnClause;
import org.accord.api.drafting.AddParagraph;
import org.accord.api.drafting.AddPreambleParagraph;
import org.accord.api.drafting.MergeClauses;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.drafting.SplitClause;
import org.accord.api.milestone.IssueMilestone;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.milestone.MilestoneView;
import org.accord.api.position.ReopenClause;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.FindClause;
import org.accord.api.milestone.FindMilestones;
import org.accord.api.silence.FindSilenceProcedures;
import org.accord.api.negotiation.MoveArticle;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.EndorsementMatrix;
import org.accord.api.position.FindEndorsementMatrix;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.ChangeRulesOfProcedure;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The negotiation projection on real PostgreSQL: statuses follow positions and revisions, and
 * replaying every event into emptied tables gives exactly the same tables, pushing nothing.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class NegotiationProjectionIntegrationTest {

    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION, KAZ);
    static final Actor UZB_HEAD = new Actor("uzb.head", "Anvar", Role.HEAD_OF_DELEGATION, UZB);
    static final Actor UZB_DELEGATE = new Actor("uzb.delegate", "Dilnoza", Role.DELEGATE, UZB);
    static final ArticleId SECURITY = ArticleId.of("art-security");
    static final ArticleId BORDERS = ArticleId.of("art-borders");
    static final AmendmentId STRONGER = AmendmentId.of("am-stronger");
    static final AmendmentId PREFIX = AmendmentId.of("am-prefix");

    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired JdbcClient jdbc;
    @Autowired org.accord.core.history.NegotiationAsOf asOf;
    @Autowired EventProcessingConfiguration processing;

    void send(Object command, Actor actor) {
        commands.sendAndWait(command, ActorMetaData.of(actor));
    }

    NegotiationView view(NegotiationId id) {
        return queries.query(Viewing.as(CHAIR, new FindNegotiation(id)), ResponseTypes.optionalInstanceOf(NegotiationView.class))
                .join().orElseThrow();
    }

    ArticleView article(NegotiationId id, ArticleId article) {
        return view(id).articles().stream().filter(a -> a.articleId().equals(article)).findFirst().orElseThrow();
    }

    NegotiationId scriptedNegotiation() {
        NegotiationId id = NegotiationId.random();
        send(new OpenNegotiation(id, "Charter"), CHAIR);
        send(new AccreditMember(id, KAZ, "Kazakhstan"), CHAIR);
        send(new AccreditMember(id, UZB, "Uzbekistan"), CHAIR);
        send(new AccreditObserver(id, DelegationCode.of("UN"), "United Nations"), CHAIR);
        send(new AddArticle(id, SECURITY, "Indivisible security", "Security is indivisible."), CHAIR);
        send(new AddArticle(id, BORDERS, "Borders", "Borders are inviolable."), CHAIR);
        send(new DeclarePosition(id, SECURITY, KAZ, 1, PositionKind.ENDORSE, ""), KAZ_HEAD);
        send(new DeclarePosition(id, SECURITY, UZB, 1, PositionKind.SCRUTINY_RESERVATION, "Capital to confirm"),
                UZB_HEAD);
        send(new DeclarePosition(id, BORDERS, UZB, 1, PositionKind.OBJECTION, "Delimitation is bilateral"),
                UZB_HEAD);
        send(new ReviseClause(id, BORDERS, 1, 0, 7, "State borders"), UZB_DELEGATE);
        send(new DeclarePosition(id, BORDERS, KAZ, 2, PositionKind.ENDORSE, ""), KAZ_HEAD);
        // "Security is indivisible." : "indivisible" is [12, 23)
        send(new TableAmendment(id, STRONGER, SECURITY, 1, AmendmentKind.SUBSTITUTION, 12, 23,
                "one and indivisible", null, "Echoes the OSCE wording"), UZB_DELEGATE);
        send(new JoinAmendment(id, STRONGER), KAZ_HEAD);
        send(new TableAmendment(id, PREFIX, SECURITY, 1, AmendmentKind.INSERTION, 0, 0, "Regional ", null, ""),
                KAZ_HEAD);
        send(new IncorporateAmendment(id, PREFIX), CHAIR);
        send(new CommentOnClause(id, SECURITY, CommentId.of("c-1"), null, "Why 'regional'?"), KAZ_HEAD);
        send(new CommentOnClause(id, SECURITY, CommentId.of("c-2"), CommentId.of("c-1"), "To match the title"), CHAIR);
        send(new MoveArticle(id, BORDERS, null), CHAIR);
        send(new AddPreambleParagraph(id, ArticleId.of("pp-1"), "Recalling the Helsinki Final Act,"), CHAIR);
        send(new AddParagraph(id, ArticleId.of("p-1"), SECURITY, "First sentence. Second sentence."), CHAIR);
        send(new SplitClause(id, ArticleId.of("p-1"), 1, 15, ArticleId.of("p-2"), null), CHAIR);
        send(new MergeClauses(id, ArticleId.of("p-1"), ArticleId.of("p-2")), CHAIR);
        send(new AddParagraph(id, ArticleId.of("p-3"), BORDERS, "Borders are delimited by treaty."), CHAIR);
        send(new IssueMilestone(id, MilestoneKind.COMPILATION_TEXT, "C5/2026/L.1"), CHAIR);
        send(new IssueMilestone(id, MilestoneKind.COMPILATION_TEXT, "C5/2026/L.1"), CHAIR);
        return id;
    }

    /** The negotiation's own time zone comes from its rules of procedure, live and as of any earlier moment. */
    @Test
    void the_negotiations_time_zone_follows_its_rules_of_procedure() {
        NegotiationId id = NegotiationId.random();
        RulesOfProcedure standard = RulesOfProcedure.standard();
        send(new OpenNegotiation(id, "Charter", new RulesOfProcedure(standard.decisionRule(), standard.confidentiality(),
                standard.workingLanguages(), standard.minimumSilenceHours(), java.time.ZoneId.of("Asia/Tashkent"))), CHAIR);
        await().untilAsserted(() -> assertThat(view(id).timeZone()).isEqualTo(java.time.ZoneId.of("Asia/Tashkent")));

        send(new ChangeRulesOfProcedure(id, new RulesOfProcedure(standard.decisionRule(), standard.confidentiality(),
                standard.workingLanguages(), standard.minimumSilenceHours(), java.time.ZoneId.of("Europe/Vienna"))), CHAIR);
        await().untilAsserted(() -> assertThat(view(id).timeZone()).isEqualTo(java.time.ZoneId.of("Europe/Vienna")));
        assertThat(asOf.asOf(id, java.time.Instant.now().plusSeconds(60)).orElseThrow().timeZone())
                .isEqualTo(java.time.ZoneId.of("Europe/Vienna"));

        NegotiationId older = NegotiationId.random();
        send(new OpenNegotiation(older, "Charter"), CHAIR);
        await().untilAsserted(() -> assertThat(view(older).timeZone()).as("rules that name no zone: UTC")
                .isEqualTo(java.time.ZoneOffset.UTC));
    }

    /**
     * Co-editing moves a clause through many revisions: the first batch after the positions makes
     * them stale, the later ones change nothing, and positions on the newest revision count again;
     * the projection agrees with the status derived from the events at every step.
     */
    @Test
    void a_burst_of_co_editing_leaves_the_status_as_the_positions_on_the_current_revision_make_it() {
        NegotiationId id = NegotiationId.random();
        send(new OpenNegotiation(id, "Charter"), CHAIR);
        send(new AccreditMember(id, KAZ, "Kazakhstan"), CHAIR);
        send(new AccreditMember(id, UZB, "Uzbekistan"), CHAIR);
        send(new AddArticle(id, SECURITY, "Indivisible security", "Security is indivisible."), CHAIR);
        send(new DeclarePosition(id, SECURITY, KAZ, 1, PositionKind.ENDORSE, ""), KAZ_HEAD);
        send(new DeclarePosition(id, SECURITY, UZB, 1, PositionKind.ENDORSE, ""), UZB_HEAD);
        await().untilAsserted(() -> assertThat(article(id, SECURITY).status()).isEqualTo(ClauseStatus.AGREED));

        int length = "Security is indivisible.".length();
        for (int seq = 1; seq <= 5; seq++) {
            send(new org.accord.api.coediting.EditClause(id, SECURITY, "uzb-typing", seq, seq,
                    "[" + (length + seq - 1) + ",\"!\"]"), UZB_DELEGATE);
        }
        await().untilAsserted(() -> {
            ArticleView security = article(id, SECURITY);
            assertThat(security.revision()).isEqualTo(6);
            assertThat(security.status()).as("both endorsements were on revision 1").isEqualTo(ClauseStatus.PROPOSED);
            assertThat(security.status()).isEqualTo(asOfNow(id).status());
        });

        send(new DeclarePosition(id, SECURITY, KAZ, 6, PositionKind.ENDORSE, ""), KAZ_HEAD);
        send(new DeclarePosition(id, SECURITY, UZB, 6, PositionKind.ENDORSE, ""), UZB_HEAD);
        await().untilAsserted(() -> assertThat(article(id, SECURITY).status()).isEqualTo(ClauseStatus.AGREED));
        send(new org.accord.api.coediting.EditClause(id, SECURITY, "uzb-typing", 6, 6, "[" + (length + 5) + ",\"?\"]"),
                UZB_DELEGATE);
        await().untilAsserted(() -> {
            ArticleView security = article(id, SECURITY);
            assertThat(security.revision()).isEqualTo(7);
            assertThat(security.text()).isEqualTo("Security is indivisible.!!!!!?");
            assertThat(security.status()).isEqualTo(ClauseStatus.PROPOSED);
            assertThat(security.status()).isEqualTo(asOfNow(id).status());
        });
    }

    ArticleView asOfNow(NegotiationId id) {
        return asOf.asOf(id, java.time.Instant.now().plusSeconds(60)).orElseThrow().articles().stream()
                .filter(a -> a.articleId().equals(SECURITY)).findFirst().orElseThrow();
    }

    @Test
    void statuses_follow_the_positions_on_the_current_wording() {
        NegotiationId id = scriptedNegotiation();

        await().ignoreExceptions().untilAsserted(() -> {
            ArticleView security = article(id, SECURITY);
            assertThat(security.text()).isEqualTo("Regional Security is indivisible.");
            assertThat(security.revision()).isEqualTo(2);
            assertThat(security.status()).as("the positions were on revision 1").isEqualTo(ClauseStatus.PROPOSED);
            assertThat(security.amendments()).extracting(a -> a.amendmentId().value() + ":" + a.state())
                    .containsExactly("am-stronger:PENDING", "am-prefix:INCORPORATED");
            AmendmentView stronger = security.amendments().get(0);
            assertThat(stronger.baseWording()).isEqualTo("Security is indivisible.");
            assertThat(stronger.baseReplaced()).isEqualTo("indivisible");
            assertThat(stronger.cosponsors()).containsExactly(KAZ);
            assertThat(stronger.revision()).as("rebased onto the incorporated prefix").isEqualTo(2);
            assertThat(stronger.from()).isEqualTo(21);
            assertThat(security.amendments().get(1).resultingRevision()).isEqualTo(2);
            assertThat(security.comments()).extracting(c -> c.author() + ":" + c.inReplyTo())
                    .containsExactly("Aigerim:null", "Secretariat:c-1");
            assertThat(view(id).milestones()).extracting(MilestoneView::documentSymbol)
                    .containsExactly("C5/2026/L.1", "C5/2026/L.1/Rev.1");
            ArticleView borders = article(id, BORDERS);
            assertThat(borders.number()).as("moved to the top").isEqualTo(1);
            assertThat(view(id).articles()).extracting(x -> x.kind() + " " + x.number() + " " + x.articleId())
                    .containsExactly("PREAMBLE 0 pp-1", "ARTICLE 1 art-borders", "PARAGRAPH 1 p-3",
                            "ARTICLE 2 art-security", "PARAGRAPH 1 p-1");
            assertThat(article(id, ArticleId.of("p-1")).text()).isEqualTo("First sentence.\n Second sentence.");
            assertThat(security.number()).isEqualTo(2);
            assertThat(borders.revision()).isEqualTo(2);
            assertThat(borders.text()).isEqualTo("State borders are inviolable.");
            assertThat(borders.status()).as("UZB's objection was on revision 1").isEqualTo(ClauseStatus.AGREED);
            assertThat(borders.positions()).extracting(p -> p.delegation().value() + ":" + p.current())
                    .containsExactly("KAZ:true", "UZB:false");
        });
        assertThat(view(id).shareAgreed()).as("1 of 5 units").isEqualTo(0.2);
        EndorsementMatrix board = queries.query(Viewing.as(CHAIR, new FindEndorsementMatrix(id)),
                ResponseTypes.optionalInstanceOf(EndorsementMatrix.class)).join().orElseThrow();
        assertThat(board.members()).containsExactly(KAZ, UZB);
        ArticleView detail = queries.query(Viewing.as(CHAIR, new FindClause(id, SECURITY)),
                ResponseTypes.optionalInstanceOf(ArticleView.class)).join().orElseThrow();
        assertThat(detail.amendments()).hasSize(2);
        assertThat(detail.comments()).hasSize(2);
        assertThat(queries.query(Viewing.as(CHAIR, new FindMilestones(id)), ResponseTypes.multipleInstancesOf(MilestoneView.class)).join())
                .hasSize(2);
        assertThat(queries.query(Viewing.as(CHAIR, new FindSilenceProcedures(id)),
                ResponseTypes.multipleInstancesOf(org.accord.api.silence.SilenceView.class)).join()).isEmpty();
        assertThat(board.rows()).extracting(EndorsementMatrix.Row::clauseId).containsExactly(ArticleId.of("pp-1"),
                BORDERS, ArticleId.of("p-3"), SECURITY, ArticleId.of("p-1"));
        assertThat(board.rows().get(1).cells().get(KAZ)).isEqualTo(new EndorsementMatrix.Cell(PositionKind.ENDORSE, 2, true));
        assertThat(board.rows().get(1).cells().get(UZB)).isEqualTo(new EndorsementMatrix.Cell(PositionKind.OBJECTION, 1, false));

        send(new ChangeRulesOfProcedure(id, new RulesOfProcedure(DecisionRule.UNANIMITY, Confidentiality.LIVE,
                List.of("ru", "en"), 72)), CHAIR);
        await().ignoreExceptions().untilAsserted(() -> {
            assertThat(article(id, BORDERS).status()).as("UZB has not spoken on revision 2")
                    .isEqualTo(ClauseStatus.PROPOSED);
            assertThat(view(id).shareAgreed()).isZero();
        });
    }

    @Test
    void adoption_freezes_every_clause_and_collects_signatures_and_statements() {
        NegotiationId id = NegotiationId.random();
        send(new OpenNegotiation(id, "Short charter"), CHAIR);
        send(new AccreditMember(id, KAZ, "Kazakhstan"), CHAIR);
        send(new AccreditMember(id, UZB, "Uzbekistan"), CHAIR);
        send(new AddArticle(id, SECURITY, "Security", "Security is indivisible."), CHAIR);
        send(new DeclarePosition(id, SECURITY, KAZ, 1, PositionKind.ENDORSE, ""), KAZ_HEAD);
        send(new ReopenClause(id, SECURITY, UZB, "The capital has doubts"), UZB_HEAD);
        await().ignoreExceptions().untilAsserted(() -> assertThat(article(id, SECURITY).status()).isEqualTo(ClauseStatus.BRACKETED));
        send(new DeclarePosition(id, SECURITY, UZB, 1, PositionKind.CAN_LIVE_WITH, ""), UZB_HEAD);
        send(new AdoptCharter(id), CHAIR);
        send(new AuthenticateCharter(id, KAZ, AuthenticationAct.SIGNATURE), KAZ_HEAD);
        send(new AttachStatement(id, UZB, StatementKind.INTERPRETATIVE_STATEMENT, "Without prejudice"), UZB_HEAD);

        await().ignoreExceptions().untilAsserted(() -> {
            NegotiationView view = view(id);
            assertThat(view.articles()).extracting(ArticleView::status).containsOnly(ClauseStatus.ADOPTED);
            assertThat(view.adoption()).isNotNull();
            assertThat(view.adoption().textHash()).hasSize(64);
            assertThat(view.adoption().attachments()).extracting(a -> a.delegation() + ":" + a.kind())
                    .containsExactly("KAZ:SIGNATURE", "UZB:INTERPRETATIVE_STATEMENT");
        });
    }

    @Test
    void replaying_every_event_into_empty_tables_gives_the_same_tables_and_pushes_nothing() {
        NegotiationId id = scriptedNegotiation();
        // the scripted negotiation ends by issuing two texts: once both are projected, everything is
        await().ignoreExceptions().untilAsserted(() -> assertThat(view(id).milestones()).hasSize(2));
        List<String> before = tables();

        AtomicInteger pushed = new AtomicInteger();
        try (SubscriptionQueryResult<Optional<NegotiationView>, NegotiationView> live = queries.subscriptionQuery(
                Viewing.as(CHAIR, new FindNegotiation(id)), ResponseTypes.optionalInstanceOf(NegotiationView.class),
                ResponseTypes.instanceOf(NegotiationView.class))) {
            live.updates().subscribe(update -> pushed.incrementAndGet());

            StreamingEventProcessor processor = processing
                    .eventProcessor("negotiation-projection", StreamingEventProcessor.class).orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            assertThat(tables()).as("the reset handler empties the read model").isEmpty();
            processor.start();

            await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(processor.processingStatus().values()).allMatch(status ->
                        status.getCurrentPosition().orElse(-1) >= status.getResetPosition().orElse(0));
                assertThat(tables()).isEqualTo(before);
            });
        }
        assertThat(pushed).as("updates pushed during the replay").hasValue(0);
    }

    List<String> tables() {
        return jdbc.sql("""
                        select 'n|' || negotiation_id || '|' || title || '|' || decision_rule || '|' || last_activity
                        from negotiation_view
                        union all select 'd|' || negotiation_id || '|' || code || '|' || member from delegation_view
                        union all select 'a|' || negotiation_id || '|' || article_id || '|' || position || '|' || body
                                         || '|' || revision || '|' || hash || '|' || status from article_view
                        union all select 'p|' || negotiation_id || '|' || article_id || '|' || delegation || '|'
                                         || revision || '|' || kind || '|' || statement || '|' || declared_at
                                  from position_view
                        union all select 'm|' || negotiation_id || '|' || amendment_id || '|' || state || '|'
                                         || array_to_string(cosponsors, ',') || '|' || revision || '|' || range_from
                                         || '|' || base_wording || '|' || coalesce(resulting_revision, 0)
                                  from amendment_view
                        union all select 'c|' || negotiation_id || '|' || comment_id || '|' || text || '|' || written_at
                                  from comment_view
                        union all select 'ms|' || negotiation_id || '|' || sequence || '|' || document_symbol || '|'
                                         || text_hash from milestone_view
                        union all select 'ad|' || negotiation_id || '|' || text_hash from adoption_view
                        union all select 'at|' || negotiation_id || '|' || delegation || '|' || kind from attachment_view
                        order by 1""")
                .query(String.class).list();
    }
}
