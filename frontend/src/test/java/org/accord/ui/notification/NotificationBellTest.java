package org.accord.ui.notification;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.accord.AccordApplication;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.amendment.TableAmendment;
import org.accord.api.milestone.IssueMilestone;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.notification.FindNotifications;
import org.accord.api.notification.MarkNotificationsRead;
import org.accord.api.notification.Notifications;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionKind;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Refusal;
import org.accord.api.shared.RejectionReason;
import org.accord.api.shared.Role;
import org.accord.api.silence.OpenSilenceProcedure;
import org.accord.api.silence.SilenceId;
import org.accord.core.infrastructure.ActorMetaData;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.ui.KaribuSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The bell in the header: the unread count of the signed-in person, raised live when somebody
 * else acts on what concerns their delegation, a toast, the list with its link to the clause,
 * "mark all read"; the chair and observers see their own. Each test works in a negotiation of its
 * own, opened by the demo's chair with the demo's delegations, in a context (and database) of
 * its own.
 */
@SpringBootTest(classes = AccordApplication.class,
        properties = {"accord.demo.enabled=true", "accord.demo.password=karibu-password"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@DirtiesContext // its negotiations must not appear in the lists other view tests check
class NotificationBellTest {

    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final Actor CHAIR = new Actor("chair", "Secretariat", Role.CHAIR, null);
    static final Actor KAZ_HEAD = new Actor("kaz.head", "Head of KAZ", Role.HEAD_OF_DELEGATION, KAZ);
    static final Actor UZB_HEAD = new Actor("uzb.head", "Head of UZB", Role.HEAD_OF_DELEGATION, UZB);
    static final Actor UZB_DELEGATE = new Actor("uzb.delegate", "Delegate of UZB", Role.DELEGATE, UZB);
    static final Actor UN_OBSERVER = new Actor("un.observer", "UN observer", Role.OBSERVER, DelegationCode.of("UN"));

    @Autowired ApplicationContext context;
    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired QueryUpdateEmitter emitter;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.axonframework.config.EventProcessingConfiguration processing;
    @Autowired Clock clock;

    NegotiationId negotiation;
    ArticleId article;

    @BeforeEach
    void aNegotiationWhereKazakhstanEndorsesAnArticle() {
        negotiation = NegotiationId.random();
        article = ArticleId.random();
        asServer(() -> {
            send(new OpenNegotiation(negotiation, "Water charter"), CHAIR);
            send(new AccreditMember(negotiation, KAZ, "Kazakhstan"), CHAIR);
            send(new AccreditMember(negotiation, UZB, "Uzbekistan"), CHAIR);
            send(new AccreditObserver(negotiation, DelegationCode.of("UN"), "United Nations"), CHAIR);
            send(new AddArticle(negotiation, article, "Shared waters", "Rivers are shared."), CHAIR);
            send(new DeclarePosition(negotiation, article, KAZ, 1, PositionKind.ENDORSE, ""), KAZ_HEAD);
        });
        // the demo's own notifications are derived first; the counts below start from there
        org.accord.DemoProjection.awaitCaughtUp(jdbc, processing, "notifications");
    }

    @AfterEach
    void close() {
        KaribuSupport.close();
    }

    @Test
    void the_bell_counts_what_is_unread_rises_live_with_a_toast_and_mark_all_read_clears_it() {
        KaribuSupport.openAs("kaz.head", context);
        UI.getCurrent().navigate("");
        int unread = unread(KAZ_HEAD);
        awaitBell(unread);

        asServer(() -> send(new TableAmendment(negotiation, AmendmentId.random(), article, 1,
                AmendmentKind.INSERTION, 0, 0, "All ", null, "Clarity"), UZB_DELEGATE));

        awaitBell(unread + 1);
        assertThat(_get(Span.class, spec -> spec.withId("notifications-unread")).getText())
                .isEqualTo(String.valueOf(unread + 1));
        assertThat(_get(Notification.class, spec -> spec.withId("notification-toast")).isOpened()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("notification-toast-text")).getText())
                .isEqualTo("Delegate of UZB (UZB) tabled an amendment to “Shared waters”, which your delegation endorsed.");

        _click(bell());
        assertThat(_get(Dialog.class, spec -> spec.withId("notifications-dialog")).isOpened()).isTrue();
        Div newest = _find(Div.class, spec -> spec.withClasses("notification")).get(0);
        assertThat(newest.hasClassName("unread")).isTrue();
        assertThat(_get(newest, Anchor.class, spec -> spec.withClasses("notification-link")).getHref())
                .isEqualTo("negotiations/" + negotiation.value() + "?clause=" + article.value());
        assertThat(_get(newest, Span.class, spec -> spec.withClasses("notification-context")).getText())
                .startsWith("Water charter · ");

        _click(_get(Button.class, spec -> spec.withId("notifications-mark-read")));
        awaitBell(0);
        assertThat(_find(Span.class, spec -> spec.withId("notifications-unread"))).as("the badge is hidden").isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("unread"))).isEmpty();
        assertThat(unread(KAZ_HEAD)).isZero();
        assertThat(unread(new Actor("kaz.delegate", "Delegate of KAZ", Role.DELEGATE, KAZ)))
                .as("reading marks are per person").isPositive();
    }

    @Test
    void a_delegation_that_did_not_endorse_the_clause_is_not_told_of_an_amendment_to_it() {
        KaribuSupport.openAs("uzb.head", context);
        UI.getCurrent().navigate("");
        int unread = unread(UZB_HEAD);
        awaitBell(unread);

        asServer(() -> {
            send(new TableAmendment(negotiation, AmendmentId.random(), article, 1, AmendmentKind.INSERTION, 0, 0,
                    "All ", null, ""), UZB_DELEGATE);
            // a marker everybody is told of: once it arrives, the amendment has been handled
            send(new IssueMilestone(negotiation, MilestoneKind.COMPILATION_TEXT, "W/1"), CHAIR);
        });

        awaitBell(unread + 1);
        assertThat(_find(Notification.class, spec -> spec.withId("notification-toast")))
                .extracting(toast -> _get(toast, Span.class, spec -> spec.withId("notification-toast-text")).getText())
                .containsExactly("Secretariat issued the text W/1.");
    }

    @Test
    void the_chair_and_observers_see_their_own_notifications() {
        KaribuSupport.openAs("un.observer", context);
        UI.getCurrent().navigate("");
        int observerUnread = unread(UN_OBSERVER);
        awaitBell(observerUnread);
        asServer(() -> send(new IssueMilestone(negotiation, MilestoneKind.COMPILATION_TEXT, "W/1"), CHAIR));
        awaitBell(observerUnread + 1);
        KaribuSupport.close();

        KaribuSupport.openAs("chair", context);
        UI.getCurrent().navigate("");
        int chairUnread = unread(CHAIR);
        awaitBell(chairUnread);
        asServer(() -> {
            send(new OpenSilenceProcedure(negotiation, SilenceId.random(), List.of(article),
                    clock.instant().plus(Duration.ofHours(80))), CHAIR);
            send(new DeclarePosition(negotiation, article, UZB, 1, PositionKind.OBJECTION, "Not yet"), UZB_HEAD);
        });
        awaitBell(chairUnread + 1);
        assertThat(_get(Span.class, spec -> spec.withId("notification-toast-text")).getText())
                .isEqualTo("Head of UZB (UZB) broke the silence procedure: the text is not adopted.");
    }

    @Test
    void the_bell_subscribes_while_the_layout_is_shown_and_not_after() {
        long before = subscriptions();
        KaribuSupport.openAs("kaz.head", context);
        UI.getCurrent().navigate("");
        assertThat(subscriptions()).isEqualTo(before + 1);
        UI.getCurrent().navigate("negotiations/" + negotiation.value());
        assertThat(subscriptions()).as("the layout stays: one bell").isEqualTo(before + 1);
        KaribuSupport.close();
        assertThat(subscriptions()).isEqualTo(before);
    }

    @Test
    void marking_read_without_signing_in_is_refused_by_the_server() {
        AtomicReference<Throwable> refused = new AtomicReference<>();
        asServer(() -> {
            try {
                commands.sendAndWait(new MarkNotificationsRead(1));
            } catch (RuntimeException e) {
                refused.set(e);
            }
        });
        assertThat(Refusal.in(refused.get())).map(Refusal::reason).hasValue(RejectionReason.NOT_AUTHENTICATED);
    }

    private Button bell() {
        return _get(Button.class, spec -> spec.withId("notifications-bell"));
    }

    private void awaitBell(int unread) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(bell().getAriaLabel()).hasValue(unread + " unread notifications");
        });
    }

    private long subscriptions() {
        return emitter.activeSubscriptions().stream().map(SubscriptionQueryMessage::getPayload)
                .filter(FindNotifications.class::isInstance).count();
    }

    private int unread(Actor person) {
        AtomicReference<Notifications> answer = new AtomicReference<>();
        asServer(() -> answer.set(queries.query(new GenericMessage<>(new FindNotifications(), ActorMetaData.of(person)),
                Notifications.class).join()));
        return answer.get().unread();
    }

    private void send(Object command, Actor actor) {
        commands.sendAndWait(command, ActorMetaData.of(actor));
    }

    /** Runs as trusted server code, on a thread without the test's signed-in person. */
    private static void asServer(Runnable work) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw new AssertionError("server-side step failed", failure.get());
        }
    }
}
