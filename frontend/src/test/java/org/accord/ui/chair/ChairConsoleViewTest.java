package org.accord.ui.chair;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.AccordApplication;
import org.accord.api.adoption.AdoptionView;
import org.accord.api.milestone.MilestoneKind;
import org.accord.api.milestone.MilestoneView;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.FindNegotiation;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.procedure.RoundView;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Refusal;
import org.accord.api.shared.RejectionReason;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.testing.MutableBusinessTime;
import org.accord.testing.MutableClock;
import org.accord.ui.KaribuSupport;
import org.accord.ui.i18n.UserTime;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The chair console on the server: each section's behaviour for the chair, live; and for a head
 * of delegation, a delegate and an observer, no control at all and every chair command refused.
 */
@SpringBootTest(classes = {AccordApplication.class, MutableBusinessTime.class},
        properties = {"accord.demo.enabled=true", "accord.demo.password=karibu-password"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class ChairConsoleViewTest {

    static final String DEMO_CONSOLE = "negotiations/c5-security-charter/console";
    static final NegotiationId DEMO = NegotiationId.of("c5-security-charter");
    static final List<String> CONTROLS = List.of("rules-change", "accredit-member", "accredit-observer",
            "round-schedule", "milestone-issue", "silence-open", "adopt");

    @Autowired ApplicationContext context;
    @Autowired ChairClient client;
    @Autowired MutableClock clock;
    @Autowired QueryUpdateEmitter emitter;
    NegotiationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new NegotiationFixture(context);
    }

    @AfterEach
    void close() {
        KaribuSupport.close();
    }

    NegotiationFixture.Opened chairOpensConsoleOfNew(String title) {
        NegotiationFixture.Opened negotiation = fixture.open(title);
        KaribuSupport.openAs("chair", context);
        UI.getCurrent().navigate(negotiation.console());
        until(() -> assertThat(_get(Button.class, spec -> spec.withId("rules-change")).isVisible()).isTrue());
        return negotiation;
    }

    static void until(Runnable assertion) {
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertion.run();
        });
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> rows(String gridId) {
        Grid<T> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return grid.getListDataView().getItems().toList();
    }

    @Test
    void the_chair_sees_every_section_with_its_controls() {
        KaribuSupport.openAs("chair", context);
        UI.getCurrent().navigate(DEMO_CONSOLE);
        until(() -> CONTROLS.forEach(id ->
                assertThat(_get(Button.class, spec -> spec.withId(id)).isVisible()).as(id).isTrue()));
        assertThat(_find(Paragraph.class, spec -> spec.withId("console-not-chair"))).isEmpty();
        assertThat(rows("delegations")).hasSize(8);
        assertThat(_get(Paragraph.class, spec -> spec.withId("rules-current")).getText())
                .isEqualTo("In force: decision rule Consensus; observers see the live text; working languages ru, en; "
                        + "minimum silence 72 hours. Deadlines are announced in Asia/Tashkent.");
        assertThat(rows("rounds")).hasSize(1);
        assertThat(rows("milestones")).hasSize(2);
        assertThat(rows("glance")).extracting("delegation").containsExactly("KAZ", "KGZ", "TJK", "TKM", "UZB");
        assertThat(_get(Span.class, spec -> spec.withId("silence-silence-risk-catalogue-countdown")).getText())
                .as("the demo's silence runs for a week").matches("[67] d \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void the_chair_changes_the_rules_and_the_console_shows_those_in_force() {
        chairOpensConsoleOfNew("Rules");
        @SuppressWarnings("unchecked") Select<DecisionRule> rule = _get(Select.class, spec -> spec.withId("rules-decision-rule"));
        @SuppressWarnings("unchecked") Select<Confidentiality.Mode> mode = _get(Select.class, spec -> spec.withId("rules-confidentiality"));
        rule.setValue(DecisionRule.UNANIMITY);
        mode.setValue(Confidentiality.Mode.DELAYED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("rules-current")).getText()).as("as the fixture opened it")
                .isEqualTo("In force: decision rule Consensus; observers see the live text; working languages ru, en; "
                        + "minimum silence 1 hours. Deadlines are announced in UTC.");
        assertThat(_get(TextField.class, spec -> spec.withId("rules-languages")).getValue()).isEqualTo("ru, en");
        _get(IntegerField.class, spec -> spec.withId("rules-delay")).setValue(30);
        _get(TextField.class, spec -> spec.withId("rules-languages")).setValue("en, ru, kk");
        _get(IntegerField.class, spec -> spec.withId("rules-silence-hours")).setValue(96);
        @SuppressWarnings("unchecked") com.vaadin.flow.component.combobox.ComboBox<String> zone =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("rules-time-zone"));
        zone.setValue("Asia/Almaty");
        _click(_get(Button.class, spec -> spec.withId("rules-change")));

        until(() -> assertThat(_get(Paragraph.class, spec -> spec.withId("rules-current")).getText())
                .isEqualTo("In force: decision rule Unanimity; observers see the text as it stood 30 minutes ago; "
                        + "working languages en, ru, kk; minimum silence 96 hours. Deadlines are announced in Asia/Almaty."));

        _get(TextField.class, spec -> spec.withId("rules-languages")).setValue("ru");
        _click(_get(Button.class, spec -> spec.withId("rules-change")));
        until(() -> assertThat(_get(Paragraph.class, spec -> spec.withId("rules-current")).getText())
                .as("a change of the languages alone is shown too").contains("working languages ru;"));
    }

    @Test
    void the_chair_accredits_a_member_and_an_observer() {
        chairOpensConsoleOfNew("Accreditation");
        _get(TextField.class, spec -> spec.withId("accredit-member-code")).setValue("UZB");
        _get(TextField.class, spec -> spec.withId("accredit-member-name")).setValue("Uzbekistan");
        _get(TextField.class, spec -> spec.withId("accredit-member-head")).setValue("Head of the Uzbek delegation");
        _get(TextField.class, spec -> spec.withId("accredit-member-delegates")).setValue("First delegate, Second delegate");
        _click(_get(Button.class, spec -> spec.withId("accredit-member")));
        _get(TextField.class, spec -> spec.withId("accredit-observer-code")).setValue("UN");
        _get(TextField.class, spec -> spec.withId("accredit-observer-name")).setValue("United Nations");
        _click(_get(Button.class, spec -> spec.withId("accredit-observer")));

        until(() -> assertThat(ChairConsoleViewTest.<DelegationView>rows("delegations")).contains(
                new DelegationView(DelegationCode.of("UZB"), "Uzbekistan", true, "Head of the Uzbek delegation",
                        List.of("First delegate", "Second delegate")),
                new DelegationView(DelegationCode.of("UN"), "United Nations", false, "", List.of())));
        assertThat(ChairConsoleViewTest.<GlanceSection.Tally>rows("glance")).extracting("delegation")
                .as("the new member is counted at a glance, live").containsExactly("KAZ", "UZB");
    }

    @Test
    void the_chair_schedules_a_round_with_its_deadline() {
        chairOpensConsoleOfNew("Rounds");
        LocalDateTime opens = LocalDateTime.ofInstant(client.now(), UserTime.zone()).plusDays(10)
                .truncatedTo(ChronoUnit.HOURS);
        _get(TextField.class, spec -> spec.withId("round-title")).setValue("Second round, Tashkent");
        _get(DateTimePicker.class, spec -> spec.withId("round-opens")).setValue(opens);
        _get(DateTimePicker.class, spec -> spec.withId("round-closes")).setValue(opens.plusDays(5));
        _get(DateTimePicker.class, spec -> spec.withId("round-deadline")).setValue(opens.plusDays(2));
        _click(_get(Button.class, spec -> spec.withId("round-schedule")));

        Instant opensAt = opens.atZone(UserTime.zone()).toInstant();
        until(() -> assertThat(ChairConsoleViewTest.<RoundView>rows("rounds")).containsExactly(new RoundView(1,
                "Second round, Tashkent", opensAt, opensAt.plus(Duration.ofDays(5)), opensAt.plus(Duration.ofDays(2)))));
    }

    @Test
    void the_chair_issues_a_text_and_reads_it_as_issued() {
        chairOpensConsoleOfNew("Milestones");
        @SuppressWarnings("unchecked") Select<MilestoneKind> kind = _get(Select.class, spec -> spec.withId("milestone-kind"));
        kind.setValue(MilestoneKind.CHAIRS_TEXT);
        _get(TextField.class, spec -> spec.withId("milestone-symbol")).setValue("T1/2026/L.1");
        _click(_get(Button.class, spec -> spec.withId("milestone-issue")));

        until(() -> assertThat(ChairConsoleViewTest.<MilestoneView>rows("milestones"))
                .extracting(MilestoneView::documentSymbol, MilestoneView::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T1/2026/L.1", MilestoneKind.CHAIRS_TEXT)));
        _get(MilestonesSection.class).read(ChairConsoleViewTest.<MilestoneView>rows("milestones").get(0));
        assertThat(_get(Dialog.class, spec -> spec.withId("issued-text")).getHeaderTitle()).isEqualTo("T1/2026/L.1");
        assertThat(_find(H4.class)).extracting(H4::getText).contains("Purpose");
    }

    @Test
    void an_open_silence_counts_down_in_business_time_and_then_shows_that_it_held() {
        NegotiationFixture.Opened negotiation = chairOpensConsoleOfNew("Silence held");
        _get(DateTimePicker.class, spec -> spec.withId("silence-expiry"))
                .setValue(LocalDateTime.ofInstant(client.now().plus(Duration.ofHours(2)), UserTime.zone()));
        _click(_get(Button.class, spec -> spec.withId("silence-open")));

        until(() -> assertThat(_find(Span.class, spec -> spec.withClasses("countdown"))).singleElement()
                .satisfies(countdown -> {
                    assertThat(countdown.getText()).matches("01:59:\\d\\d|02:00:00");
                    assertThat(Long.parseLong(countdown.getElement().getAttribute("data-remaining-seconds")))
                            .isBetween(7000L, 7200L);
                }));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("The whole text under silence until"));

        clock.advance(Duration.ofHours(2));

        until(() -> assertThat(_get(Span.class, spec -> spec.withClasses("silence-outcome")).getText())
                .startsWith("Silence held at").endsWith("the text is agreed."));
        assertThat(_find(Span.class, spec -> spec.withClasses("countdown"))).as("no countdown once it ended").isEmpty();
        until(() -> assertThat(_get(Paragraph.class, spec -> spec.withId("adoption-state")).getText())
                .as("a whole-text silence that held adopts the charter").startsWith("Adopted by silence on"));
        assertThat(_find(Button.class, spec -> spec.withId("rules-change"))).as("the rules are frozen with the text").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("accredit-member"))).isNotEmpty();

        fixture.kazakhstanObjects(negotiation);

        until(() -> assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anySatisfy(text -> assertThat(text)
                .startsWith("Recorded after expiry (does not break silence): KAZ: objection to Article 1. Purpose at ")));
    }

    @Test
    void the_chair_adopts_an_agreed_charter_and_sees_each_signature_as_it_arrives() {
        NegotiationFixture.Opened negotiation = chairOpensConsoleOfNew("Signatures");
        fixture.kazakhstanEndorses(negotiation);
        until(() -> assertThat(ChairConsoleViewTest.<GlanceSection.Tally>rows("glance"))
                .containsExactly(new GlanceSection.Tally("KAZ", 1, 0, 0, 0, 0, 0)));

        _click(_get(Button.class, spec -> spec.withId("adopt")));

        until(() -> assertThat(_get(Paragraph.class, spec -> spec.withId("adoption-state")).getText()).startsWith("Adopted on"));
        assertThat(_find(Button.class, spec -> spec.withId("adopt"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("adoption-awaiting")).getText())
                .isEqualTo("Not yet authenticated by: KAZ");

        fixture.kazakhstanSigns(negotiation);

        until(() -> assertThat(ChairConsoleViewTest.<AdoptionView.Attachment>rows("attachments"))
                .singleElement().satisfies(signature -> {
                    assertThat(signature.delegation()).isEqualTo("KAZ");
                    assertThat(signature.kind()).isEqualTo("SIGNATURE");
                }));
        assertThat(_get(Paragraph.class, spec -> spec.withId("adoption-awaiting")).getText())
                .isEqualTo("Every member delegation has authenticated the text.");
    }

    @Test
    void an_objection_breaks_the_silence_and_the_console_names_the_delegation_live() {
        NegotiationFixture.Opened negotiation = chairOpensConsoleOfNew("Silence broken");
        @SuppressWarnings("unchecked") CheckboxGroup<org.accord.api.negotiation.ArticleView> clauses =
                _get(CheckboxGroup.class, spec -> spec.withId("silence-clauses"));
        clauses.select(clauses.getListDataView().getItems().toList());
        _get(DateTimePicker.class, spec -> spec.withId("silence-expiry"))
                .setValue(LocalDateTime.ofInstant(client.now().plus(Duration.ofHours(30)), UserTime.zone()));
        _click(_get(Button.class, spec -> spec.withId("silence-open")));
        until(() -> assertThat(_find(Span.class, spec -> spec.withClasses("countdown"))).hasSize(1));
        assertThat(ChairConsoleViewTest.<GlanceSection.Tally>rows("glance"))
                .containsExactly(new GlanceSection.Tally("KAZ", 0, 0, 0, 0, 0, 1));

        fixture.kazakhstanObjects(negotiation);

        until(() -> assertThat(_get(Span.class, spec -> spec.withClasses("silence-outcome")).getText())
                .startsWith("Broken by KAZ (Kazakhstan) on ").endsWith("objection to Article 1. Purpose"));
        assertThat(_find(Span.class, spec -> spec.withClasses("countdown"))).isEmpty();
        assertThat(ChairConsoleViewTest.<GlanceSection.Tally>rows("glance"))
                .as("at a glance, live").containsExactly(new GlanceSection.Tally("KAZ", 0, 0, 0, 1, 0, 0));
    }

    @Test
    void adoption_is_refused_with_the_servers_reason_while_a_clause_is_not_agreed() {
        chairOpensConsoleOfNew("Adoption");
        _click(_get(Button.class, spec -> spec.withId("adopt")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("adoption-refusal")).getText())
                .isEqualTo("Not every clause is agreed yet.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("adoption-state")).getText())
                .isEqualTo("The charter has not been adopted.");
    }

    @Test
    void a_head_a_delegate_and_an_observer_see_no_control_and_are_told_only_the_chair_runs_it() {
        for (String username : new String[]{"kaz.head", "kaz.delegate", "un.observer"}) {
            KaribuSupport.openAs(username, context);
            UI.getCurrent().navigate(DEMO_CONSOLE);
            until(() -> assertThat(_get(Paragraph.class, spec -> spec.withId("console-not-chair")).getText())
                    .isEqualTo("Only the chair of this negotiation runs it. This console shows nothing for other participants."));
            ChairConsoleView console = _get(ChairConsoleView.class);
            assertThat(_find(console, Button.class)).as(username).isEmpty();
            assertThat(_find(console, TextField.class)).as(username).isEmpty();
            assertThat(_find(console, Grid.class)).as(username).isEmpty();
            KaribuSupport.close();
        }
    }

    @Test
    void every_chair_command_sent_by_a_head_a_delegate_or_an_observer_is_refused_by_the_server() {
        Instant in100Days = client.now().plus(Duration.ofDays(100));
        Map<String, Consumer<ChairClient>> commands = Map.of(
                "change rules", c -> c.changeRules(DEMO, RulesOfProcedure.standard()),
                "accredit member", c -> c.accreditMember(DEMO, DelegationCode.of("AZE"), "Azerbaijan", "", List.of()),
                "accredit observer", c -> c.accreditObserver(DEMO, DelegationCode.of("EU"), "European Union"),
                "schedule round", c -> c.scheduleRound(DEMO, "Rogue round", in100Days, in100Days.plus(Duration.ofDays(2)),
                        in100Days.plus(Duration.ofDays(1))),
                "issue milestone", c -> c.issueMilestone(DEMO, MilestoneKind.CLEAN_TEXT, "X/2026/L.9"),
                "open silence", c -> c.openSilence(DEMO, List.of(), in100Days),
                "adopt", c -> c.adopt(DEMO));
        for (String username : new String[]{"kaz.head", "kaz.delegate", "un.observer"}) {
            commands.forEach((name, command) -> {
                Throwable refused = catchThrowable(() -> fixture.as(username, () -> {
                    command.accept(client);
                    return null;
                }));
                assertThat(Refusal.in(refused)).as(username + ": " + name).hasValueSatisfying(refusal ->
                        assertThat(refusal.reason()).as(username + ": " + name).isEqualTo(RejectionReason.NOT_THE_CHAIR));
            });
        }
    }

    @Test
    void the_console_subscribes_while_it_is_shown_and_not_a_moment_longer() {
        KaribuSupport.openAs("chair", context);
        long before = subscriptions();
        UI.getCurrent().navigate(DEMO_CONSOLE);
        assertThat(subscriptions()).isEqualTo(before + 1);

        UI.getCurrent().navigate("");
        assertThat(subscriptions()).isEqualTo(before);
    }

    long subscriptions() {
        return emitter.activeSubscriptions().stream().map(SubscriptionQueryMessage::getPayload)
                .filter(FindNegotiation.class::isInstance).count();
    }
}
