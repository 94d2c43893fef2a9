package org.accord.core.history;

import org.accord.api.drafting.ClauseKind;
import org.accord.api.drafting.ClauseRevised;
import org.accord.api.drafting.ClauseSplit;
import org.accord.api.negotiation.ArticleAdded;
import org.accord.api.negotiation.ArticleMoved;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.MemberAccredited;
import org.accord.api.negotiation.NegotiationOpened;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.negotiation.ObserverAccredited;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionDeclared;
import org.accord.api.position.PositionKind;
import org.accord.api.position.PositionView;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.api.silence.LateObjectionRecorded;
import org.accord.api.silence.SilenceBroken;
import org.accord.api.silence.SilenceId;
import org.accord.api.silence.SilenceProcedureOpened;
import org.accord.api.silence.SilenceView;
import org.accord.core.negotiation.ReadModelUpdates;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The fold on its own: events in, the view the projection would show out; no Spring, no database. */
class CharterFoldTest {

    static final NegotiationId ID = NegotiationId.of("fold-test");
    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION, KAZ);
    static final Actor UZB_HEAD = new Actor("uzb.head", "Anvar", Role.HEAD_OF_DELEGATION, UZB);
    static final ArticleId SECURITY = ArticleId.of("art-security");
    static final String WORDING = "Security is indivisible.";
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00.000Z");

    long sequence;

    EventMessage<?> event(Object payload, int secondsAfterOpening) {
        return new GenericDomainEventMessage<>("Negotiation", ID.value(), sequence++, payload, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), T0.plusSeconds(secondsAfterOpening));
    }

    CharterFold openedWithOneArticle() {
        return new CharterFold()
                .apply(event(new NegotiationOpened(ID, "Charter", RulesOfProcedure.standard(), CHAIR), 0))
                .apply(event(new ObserverAccredited(ID, DelegationCode.of("UN"), "United Nations", CHAIR), 1))
                .apply(event(new MemberAccredited(ID, UZB, "Uzbekistan", "Anvar", List.of(), CHAIR), 2))
                .apply(event(new MemberAccredited(ID, KAZ, "Kazakhstan", "Aigerim", List.of("Daniyar"), CHAIR), 3))
                .apply(event(new ArticleAdded(ID, SECURITY, "Indivisible security", WORDING, CHAIR), 4));
    }

    PositionDeclared position(Actor head, long revision, String wording, PositionKind kind) {
        return new PositionDeclared(ID, SECURITY, head.delegation(), revision, sha256(wording), kind,
                kind.needsStatement() ? "Because" : "", head);
    }

    static ArticleView article(NegotiationView view, ArticleId id) {
        return view.articles().stream().filter(a -> a.articleId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void there_is_no_view_until_the_negotiation_is_opened() {
        CharterFold fold = new CharterFold();
        assertThat(fold.view()).isEmpty();

        fold.apply(event(new NegotiationOpened(ID, "Charter", RulesOfProcedure.standard(), CHAIR), 0));

        assertThat(fold.view()).hasValueSatisfying(view -> {
            assertThat(view.title()).isEqualTo("Charter");
            assertThat(view.chair()).isEqualTo("chair");
            assertThat(view.chairName()).isEqualTo("Secretariat");
            assertThat(view.articles()).isEmpty();
            assertThat(view.lastActivity()).isEqualTo(T0);
        });
    }

    @Test
    void the_status_follows_the_positions_on_the_current_wording() {
        CharterFold fold = openedWithOneArticle()
                .apply(event(position(KAZ_HEAD, 1, WORDING, PositionKind.ENDORSE), 10))
                .apply(event(position(UZB_HEAD, 1, WORDING, PositionKind.SCRUTINY_RESERVATION), 11));

        NegotiationView agreed = fold.view().orElseThrow();
        assertThat(agreed.delegations()).extracting(DelegationView::code).as("members first, then by code")
                .containsExactly(KAZ, UZB, DelegationCode.of("UN"));
        ArticleView security = article(agreed, SECURITY);
        assertThat(security.number()).isEqualTo(1);
        assertThat(security.hash()).isEqualTo(sha256(WORDING));
        assertThat(security.addedBy()).isEqualTo("Secretariat");
        assertThat(security.status()).isEqualTo(ClauseStatus.AGREED_AD_REFERENDUM);
        assertThat(agreed.shareAgreed()).isEqualTo(1.0);

        String revised = "Security is one and indivisible.";
        fold.apply(event(new ClauseRevised(ID, SECURITY, 2, 12, 12, "one and ", revised, sha256(revised), KAZ_HEAD),
                20));

        NegotiationView view = fold.view().orElseThrow();
        ArticleView now = article(view, SECURITY);
        assertThat(now.text()).isEqualTo(revised);
        assertThat(now.revision()).isEqualTo(2);
        assertThat(now.status()).as("both positions were on revision 1").isEqualTo(ClauseStatus.PROPOSED);
        assertThat(now.positions()).extracting(PositionView::delegation, PositionView::current)
                .containsExactly(tuple(KAZ, false), tuple(UZB, false));
        assertThat(view.shareAgreed()).isZero();
        assertThat(view.lastActivity()).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void a_split_and_a_move_renumber_the_units_as_the_read_model_does() {
        ArticleId borders = ArticleId.of("art-borders");
        ArticleId second = ArticleId.of("art-security-2");
        CharterFold fold = openedWithOneArticle()
                .apply(event(new ArticleAdded(ID, borders, "Borders", "Borders are inviolable.", CHAIR), 5))
                .apply(event(new ClauseSplit(ID, SECURITY, 2, "Security", sha256("Security"), second, "Indivisibility",
                        " is indivisible.", CHAIR), 6))
                .apply(event(new ArticleMoved(ID, borders, null, List.of(borders, SECURITY, second), CHAIR), 7));

        NegotiationView view = fold.view().orElseThrow();
        assertThat(view.articles()).extracting(a -> a.number() + " " + a.articleId() + " r" + a.revision())
                .containsExactly("1 art-borders r1", "2 art-security r2", "3 art-security-2 r1");
        assertThat(article(view, second).kind()).isEqualTo(ClauseKind.ARTICLE);
        assertThat(article(view, second).heading()).isEqualTo("Indivisibility");
        assertThat(article(view, second).hash()).isEqualTo(sha256(" is indivisible."));
        assertThat(article(view, second).addedAt()).isEqualTo(T0.plusSeconds(6));
    }

    @Test
    void business_instants_are_kept_to_the_microsecond_as_timestamptz_keeps_them() {
        SilenceId silence = SilenceId.of("s-1");
        Instant expiry = Instant.parse("2026-03-05T09:00:00.123456500Z");
        Instant brokenAt = Instant.parse("2026-03-02T10:00:00.000000499Z");
        Instant lateAt = Instant.parse("2026-03-02T10:30:00.999999999Z");
        CharterFold fold = openedWithOneArticle()
                .apply(event(new SilenceProcedureOpened(ID, silence, List.of(SECURITY), expiry, CHAIR), 10))
                .apply(event(new SilenceBroken(ID, silence, KAZ, "objection to art-security", brokenAt, KAZ_HEAD), 11))
                .apply(event(new LateObjectionRecorded(ID, silence, UZB, "amendment am-1", lateAt, UZB_HEAD), 12));

        NegotiationView view = fold.view().orElseThrow();
        SilenceView broken = view.silences().get(0);
        assertThat(broken.expiresAt()).as("rounded half up").isEqualTo(Instant.parse("2026-03-05T09:00:00.123457Z"));
        assertThat(broken.closedAt()).as("rounded down").isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(broken.state()).isEqualTo(SilenceView.State.BROKEN);
        assertThat(broken.brokenBy()).isEqualTo("KAZ");
        assertThat(broken.lateActs()).as("the text keeps the instant as recorded")
                .containsExactly("UZB: amendment am-1 at " + lateAt);
        assertThat(view.lastActivity()).as("business time moves the activity")
                .isEqualTo(Instant.parse("2026-03-02T10:30:01Z"));
    }

    @Test
    void a_copy_stays_where_it_was_while_the_original_folds_on() {
        CharterFold original = openedWithOneArticle();
        CharterFold keyframe = original.copy();
        NegotiationView before = original.view().orElseThrow();

        EventMessage<?> objection = event(position(KAZ_HEAD, 1, WORDING, PositionKind.OBJECTION), 10);
        original.apply(objection);

        assertThat(keyframe.view()).contains(before);
        assertThat(keyframe.folded()).isEqualTo(5);
        assertThat(article(original.view().orElseThrow(), SECURITY).status()).isEqualTo(ClauseStatus.BRACKETED);
        keyframe.apply(objection);
        assertThat(keyframe.view()).isEqualTo(original.view());
    }

    @Test
    void an_event_the_projection_does_not_handle_changes_nothing() {
        CharterFold fold = openedWithOneArticle();
        NegotiationView before = fold.view().orElseThrow();

        fold.apply(GenericEventMessage.asEventMessage("something else"));

        assertThat(fold.view()).contains(before);
        assertThat(fold.folded()).isEqualTo(6);
    }

    @Test
    void the_fold_handles_exactly_the_events_the_projection_handles() throws ClassNotFoundException {
        Class<?> projection = Class.forName("org.accord.core.negotiation.NegotiationProjection");
        Set<Class<?>> projected = Arrays.stream(projection.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(method -> method.getParameterTypes()[0])
                .collect(Collectors.toSet());
        Set<Class<?>> updated = Arrays.stream(ReadModelUpdates.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && method.getName().equals("on"))
                .map(method -> method.getParameterTypes()[0])
                .collect(Collectors.toSet());

        assertThat(projected).hasSize(35);
        assertThat(EventRoutes.eventTypes()).containsExactlyInAnyOrderElementsOf(projected);
        assertThat(updated).containsExactlyInAnyOrderElementsOf(projected);
        assertThat(Arrays.stream(projection.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class)).map(Method::getName))
                .containsOnly("on");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
