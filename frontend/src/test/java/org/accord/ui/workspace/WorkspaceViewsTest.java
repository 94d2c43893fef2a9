package org.accord.ui.workspace;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.accord.AccordApplication;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentKind;
import org.accord.api.comment.CommentId;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionKind;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Refusal;
import org.accord.api.shared.RejectionReason;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.ui.KaribuSupport;
import org.accord.ui.coediting.ClauseEditor;
import org.accord.ui.negotiation.NegotiationClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The charter workspace on the server, signed in as the demo's real accounts: the outline, the
 * amendments, positions and comments panels, and for every role the controls it is granted and
 * no others — each withheld control's command also refused by the server through the client.
 */
@SpringBootTest(classes = AccordApplication.class,
        properties = {"accord.demo.enabled=true", "accord.demo.password=karibu-password"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class WorkspaceViewsTest {

    static final String DEMO = "negotiations/c5-security-charter";
    static final NegotiationId NEGOTIATION = NegotiationId.of("c5-security-charter");

    @Autowired ApplicationContext context;
    @Autowired NegotiationClient client;

    @AfterEach
    void close() {
        KaribuSupport.close();
    }

    void open(String username, String location) {
        open(username, location, QueryParameters.empty());
    }

    void open(String username, String location, QueryParameters query) {
        KaribuSupport.openAs(username, context);
        UI.getCurrent().navigate(location, query);
        eventually(() -> assertThat(_get(H3.class, spec -> spec.withId("clause-heading")).getText()).isNotBlank());
    }

    void openClause(String username, String clause) {
        open(username, DEMO, QueryParameters.of("clause", clause));
        eventually(() -> assertThat(detail().getElement().getAttribute("data-clause")).isEqualTo(clause));
    }

    static void eventually(Runnable assertion) {
        await().atMost(Duration.ofSeconds(15)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertion.run();
        });
    }

    static Div detail() {
        return _get(Div.class, spec -> spec.withId("clause-detail"));
    }

    static Div unit(String clause) {
        return _get(Div.class, spec -> spec.withId("article-" + clause));
    }

    static List<String> outlineHeadings() {
        return _find(_get(Div.class, spec -> spec.withId("articles")), H3.class).stream().map(H3::getText).toList();
    }

    static boolean present(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    static Div amendment(String justification) {
        return _find(Div.class, spec -> spec.withClasses("amendment")).stream()
                .filter(card -> card.getElement().getTextRecursively().contains(justification))
                .findFirst().orElseThrow(() -> new AssertionError("no amendment justified by " + justification));
    }

    static String idOf(Div card) {
        return card.getId().orElseThrow().substring("amendment-".length());
    }

    static void refused(RejectionReason reason, ThrowingCallable command) {
        Throwable thrown = catchThrowable(command);
        assertThat(thrown).as("the server refuses it").isNotNull();
        assertThat(Refusal.in(thrown)).as(String.valueOf(thrown)).map(Refusal::reason).contains(reason);
        assertThat(Refusal.in(thrown)).get().isInstanceOf(CommandRejectedException.class);
    }

    /** Runs {@code action} as another person while this session stays open. */
    void as(String username, Runnable action) {
        Authentication mine = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(mine);
        }
    }

    static void select(Div unit) {
        ComponentUtil.fireEvent(unit, new ClickEvent<>(unit));
    }

    static void key(Div unit, String key) {
        JsonObject data = Json.createObject();
        data.put("event.key", key);
        data.put(ClauseOutline.KEYS, true);
        BasicUtilsKt._fireDomEvent(unit, "keydown", data);
    }

    // --- outline ---

    @Test
    void the_outline_numbers_the_units_in_reading_order_with_their_status() {
        open("kaz.head", DEMO);

        List<String> headings = outlineHeadings();
        assertThat(headings.get(0)).isEqualTo("Preamble");
        assertThat(headings).contains("Article 1. Indivisible regional security space",
                "Article 6. International law, sovereignty and borders");
        assertThat(headings.indexOf("Article 1. Indivisible regional security space"))
                .isLessThan(headings.indexOf("Article 6. International law, sovereignty and borders"));
        int paragraph = headings.indexOf("Paragraph 1");
        assertThat(paragraph).as("an article's paragraphs follow it").isPositive();
        assertThat(headings.get(paragraph - 1)).startsWith("Article ");
        assertThat(unit("art-response-mechanisms").getElement().getAttribute("data-status")).isEqualTo("BRACKETED");
        assertThat(unit("art-international-law").getElement().getAttribute("data-status")).isEqualTo("OPTIONS");
        assertThat(_find(unit("art-international-law"), com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("clause-status")).get(0).getText()).isEqualTo("Options");
        assertThat(unit("art-indivisible-security").getElement().getAttribute("role")).isEqualTo("option");
    }

    @Test
    void the_filter_shows_only_the_units_in_one_status() {
        open("kaz.head", DEMO);
        @SuppressWarnings("unchecked")
        Select<ClauseStatus> filter = _get(Select.class, spec -> spec.withId("outline-filter"));

        filter.setValue(ClauseStatus.BRACKETED);
        List<Div> shown = _find(Div.class, spec -> spec.withClasses("article"));
        assertThat(shown).isNotEmpty().allSatisfy(unit ->
                assertThat(unit.getElement().getAttribute("data-status")).isEqualTo("BRACKETED"));
        assertThat(shown).extracting(unit -> unit.getId().orElseThrow()).contains("article-art-response-mechanisms");

        filter.clear();
        assertThat(_find(Div.class, spec -> spec.withClasses("article")).size()).isGreaterThan(shown.size());
    }

    @Test
    void a_link_jumps_to_a_clause_and_choosing_a_unit_puts_it_in_the_url() {
        openClause("kaz.head", "art-international-law");
        assertThat(_get(H3.class, spec -> spec.withId("clause-heading")).getText())
                .isEqualTo("Article 6. International law, sovereignty and borders");
        assertThat(unit("art-international-law").getElement().getAttribute("aria-selected")).isEqualTo("true");

        select(unit("art-response-mechanisms"));
        eventually(() -> assertThat(detail().getElement().getAttribute("data-clause")).isEqualTo("art-response-mechanisms"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getSingleParameter("clause")).contains("art-response-mechanisms");
        assertThat(unit("art-international-law").getElement().getAttribute("aria-selected")).isEqualTo("false");

        key(unit("art-response-mechanisms"), "ArrowUp");
        eventually(() -> assertThat(detail().getElement().getAttribute("data-clause")).isNotEqualTo("art-response-mechanisms"));
        String above = detail().getElement().getAttribute("data-clause");
        key(unit(above), "ArrowDown");
        eventually(() -> assertThat(detail().getElement().getAttribute("data-clause")).isEqualTo("art-response-mechanisms"));
    }

    @Test
    void without_a_clause_in_the_url_the_first_unit_is_shown_and_the_header_links_the_other_views() {
        open("chair", DEMO);
        assertThat(_get(H3.class, spec -> spec.withId("clause-heading")).getText()).isEqualTo("Preamble");
        assertThat(_get(Anchor.class, spec -> spec.withId("tab-board")).getHref()).isEqualTo(DEMO + "/board");
        assertThat(_get(Anchor.class, spec -> spec.withId("tab-console")).getHref()).isEqualTo(DEMO + "/console");
        KaribuSupport.close();

        for (String username : new String[]{"kaz.head", "kaz.delegate", "un.observer"}) {
            open(username, DEMO);
            assertThat(_get(Anchor.class, spec -> spec.withId("tab-board")).getHref()).isEqualTo(DEMO + "/board");
            assertThat(present("tab-console")).as(username + " runs no procedure").isFalse();
            KaribuSupport.close();
        }
    }

    @Test
    void editors_get_the_co_editor_in_the_detail_and_observers_the_text() {
        openClause("kaz.delegate", "art-international-law");
        ClauseEditor editor = _get(ClauseEditor.class, spec -> spec.withId("workspace-editor"));
        assertThat(editor.getElement().getProperty("clauseId")).isEqualTo("art-international-law");
        assertThat(present("workspace-undo")).isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withId("edit-art-international-law")).getHref())
                .isEqualTo(DEMO + "/clauses/art-international-law");
        KaribuSupport.close();

        openClause("un.observer", "art-international-law");
        assertThat(present("workspace-editor")).isFalse();
        assertThat(present("edit-art-international-law")).isFalse();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("clause-text")).getText())
                .contains("strict conformity");
    }

    // --- amendments ---

    @Test
    void amendments_show_as_word_level_track_changes_with_who_backs_them() {
        openClause("un.observer", "art-response-mechanisms");
        Div voluntary = _get(Div.class, spec -> spec.withId("amendment-am-voluntary-response"));
        assertThat(_find(voluntary, TrackChanges.Del.class)).extracting(d -> d.getElement().getTextRecursively())
                .containsExactly("deleted: joint");
        assertThat(_find(voluntary, TrackChanges.Ins.class)).extracting(d -> d.getElement().getTextRecursively())
                .containsExactly("inserted: voluntary coordinated");
        String text = voluntary.getElement().getTextRecursively();
        assertThat(text).contains("TKM", "KGZ", "Respects the neutrality of each Party", "pending");
        assertThat(present("table-amendment-form")).as("observers table nothing").isFalse();
        assertThat(_find(Button.class)).extracting(b -> b.getId().orElse(""))
                .noneMatch(id -> id.startsWith("cosponsor-") || id.startsWith("withdraw-")
                        || id.startsWith("incorporate-") || id.startsWith("reject-") || id.startsWith("leave-"));
        refused(RejectionReason.OBSERVERS_CANNOT_ACT, () -> client.tableAmendment(NEGOTIATION,
                ArticleId.of("art-response-mechanisms"), 1, AmendmentKind.INSERTION, 0, 0, "Firmly, ", "no"));
        refused(RejectionReason.OBSERVERS_CANNOT_ACT, () -> client.cosponsorAmendment(NEGOTIATION,
                AmendmentId.of("am-voluntary-response")));
    }

    @Test
    void a_delegate_tables_another_delegation_co_sponsors_and_leaves_and_the_proposer_withdraws() {
        openClause("kaz.delegate", "art-response-mechanisms");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AmendmentKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("amendment-kind"));
        kind.setValue(AmendmentKind.SUBSTITUTION);
        _get(TextField.class, spec -> spec.withId("amendment-words")).setValue("early warning");
        _get(TextArea.class, spec -> spec.withId("amendment-text")).setValue("early warning and notification");
        _get(TextArea.class, spec -> spec.withId("amendment-justification")).setValue("Notify the neighbours first");
        assertThat(_find(_get(Div.class, spec -> spec.withId("amendment-preview")), TrackChanges.Ins.class))
                .extracting(i -> i.getElement().getTextRecursively()).containsExactly("inserted:  and notification");
        _click(_get(Button.class, spec -> spec.withId("table-amendment")));

        eventually(() -> assertThat(amendment("Notify the neighbours first").getElement().getAttribute("data-state"))
                .isEqualTo("PENDING"));
        String id = idOf(amendment("Notify the neighbours first"));
        assertThat(amendment("Notify the neighbours first").getElement().getTextRecursively()).contains("KAZ");
        assertThat(_get(TextField.class, spec -> spec.withId("amendment-words")).getValue()).as("form cleared").isEmpty();
        assertThat(present("withdraw-" + id)).as("the proposer may withdraw").isTrue();
        assertThat(present("cosponsor-" + id)).as("not its own").isFalse();
        assertThat(present("incorporate-" + id)).as("only the chair decides").isFalse();
        refused(RejectionReason.NOT_THE_CHAIR, () -> client.incorporateAmendment(NEGOTIATION, AmendmentId.of(id)));
        KaribuSupport.close();

        openClause("uzb.delegate", "art-response-mechanisms");
        assertThat(present("withdraw-" + id)).as("only the proposer withdraws").isFalse();
        refused(RejectionReason.NOT_THE_PROPOSER, () -> client.withdrawAmendment(NEGOTIATION, AmendmentId.of(id)));
        _click(_get(Button.class, spec -> spec.withId("cosponsor-" + id)));
        eventually(() -> assertThat(present("leave-" + id)).isTrue());
        assertThat(amendment("Notify the neighbours first").getElement().getTextRecursively()).contains("UZB");
        _click(_get(Button.class, spec -> spec.withId("leave-" + id)));
        eventually(() -> assertThat(present("cosponsor-" + id)).isTrue());
        KaribuSupport.close();

        openClause("kaz.head", "art-response-mechanisms");
        _click(_get(Button.class, spec -> spec.withId("withdraw-" + id)));
        eventually(() -> assertThat(amendment("Notify the neighbours first").getElement().getAttribute("data-state"))
                .isEqualTo("WITHDRAWN"));
        assertThat(present("withdraw-" + id)).isFalse();
    }

    @Test
    void a_phrase_not_in_the_text_is_told_and_nothing_is_tabled() {
        openClause("kgz.delegate", "art-response-mechanisms");
        int before = _find(Div.class, spec -> spec.withClasses("amendment")).size();
        _get(TextField.class, spec -> spec.withId("amendment-words")).setValue("no such words");
        _get(TextArea.class, spec -> spec.withId("amendment-text")).setValue("anything");
        _click(_get(Button.class, spec -> spec.withId("table-amendment")));

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("amendment-problem")).getText())
                .isNotBlank();
        assertThat(_find(Div.class, spec -> spec.withClasses("amendment"))).hasSize(before);
    }

    @Test
    void the_chair_combines_into_options_rejects_with_a_reason_and_incorporates() {
        KaribuSupport.openAs("tjk.delegate", context);
        ArticleId clause = ArticleId.of("art-response-mechanisms");
        AmendmentId first = client.tableAmendment(NEGOTIATION, clause, 1, AmendmentKind.SUBSTITUTION,
                "The Parties shall establish effective mechanisms for early warning, ".length(),
                "The Parties shall establish effective mechanisms for early warning, consultation".length(),
                "regular consultation", "Consult regularly");
        KaribuSupport.close();
        KaribuSupport.openAs("tkm.delegate", context);
        AmendmentId second = client.tableAmendment(NEGOTIATION, clause, 1, AmendmentKind.SUBSTITUTION,
                "The Parties shall establish effective mechanisms for early warning, ".length(),
                "The Parties shall establish effective mechanisms for early warning, consultation".length(),
                "urgent consultation", "Consult urgently");
        KaribuSupport.close();

        openClause("chair", "art-response-mechanisms");
        assertThat(present("table-amendment-form")).as("the chair tables nothing").isFalse();
        refused(RejectionReason.CHAIR_TABLES_NO_AMENDMENT, () -> client.tableAmendment(NEGOTIATION, clause, 1,
                AmendmentKind.INSERTION, 0, 0, "Firmly, ", "no"));
        assertThat(present("withdraw-" + first.value())).isFalse();
        _get(Checkbox.class, spec -> spec.withId("pick-" + first.value())).setValue(true);
        _get(Checkbox.class, spec -> spec.withId("pick-" + second.value())).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("combine-options")));
        eventually(() -> {
            assertThat(amendment("Consult regularly").getElement().getTextRecursively()).contains("option");
            assertThat(amendment("Consult urgently").getElement().getTextRecursively()).contains("option");
        });

        _get(TextField.class, spec -> spec.withId("reject-reason-" + second.value())).setValue("Urgency is implied");
        _click(_get(Button.class, spec -> spec.withId("reject-" + second.value())));
        eventually(() -> assertThat(amendment("Consult urgently").getElement().getAttribute("data-state"))
                .isEqualTo("REJECTED"));
        assertThat(amendment("Consult urgently").getElement().getTextRecursively()).contains("Urgency is implied");

        _click(_get(Button.class, spec -> spec.withId("incorporate-" + first.value())));
        eventually(() -> {
            assertThat(amendment("Consult regularly").getElement().getAttribute("data-state")).isEqualTo("INCORPORATED");
            assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("clause-state"))
                    .getElement().getTextRecursively()).contains("revision 2");
        });
    }

    // --- positions ---

    @Test
    void a_head_declares_on_the_current_revision_and_the_clause_turns_bracketed_on_an_objection() {
        openClause("kaz.head", "art-international-cooperation");
        String revision = _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("position-revision")).getText();
        assertThat(revision).matches("on revision \\d+");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PositionKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("position-kind"));
        kind.setValue(PositionKind.OBJECTION);
        assertThat(_get(TextArea.class, spec -> spec.withId("position-statement")).getLabel()).contains("required");
        _get(TextArea.class, spec -> spec.withId("position-statement")).setValue("The OSCE must be named");
        _click(_get(Button.class, spec -> spec.withId("declare-position")));

        eventually(() -> {
            Div kaz = _get(Div.class, spec -> spec.withId("position-KAZ"));
            assertThat(kaz.getElement().getAttribute("data-kind")).isEqualTo("OBJECTION");
            assertThat(kaz.getElement().getAttribute("data-stale")).isEqualTo("false");
            assertThat(kaz.getElement().getTextRecursively()).contains("The OSCE must be named", revision);
            assertThat(unit("art-international-cooperation").getElement().getAttribute("data-status")).isEqualTo("BRACKETED");
        });
        assertThat(_find(Div.class, spec -> spec.withClasses("position"))).as("every member delegation").hasSize(5);
    }

    @Test
    void positions_given_on_an_earlier_wording_are_marked_stale() {
        openClause("un.observer", "art-comprehensive-approach");
        Div kaz = _get(Div.class, spec -> spec.withId("position-KAZ"));
        assertThat(kaz.getElement().getAttribute("data-stale")).isEqualTo("true");
        assertThat(_find(kaz, com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("stale")))
                .extracting(s -> s.getText()).containsExactly("stale: given on revision 1");
        assertThat(_get(Div.class, spec -> spec.withId("position-TJK")).getElement().getAttribute("data-stale"))
                .isEqualTo("false");
        assertThat(_get(Div.class, spec -> spec.withId("position-TKM")).getElement().getAttribute("data-kind"))
                .isEqualTo("NONE");
    }

    @Test
    void only_heads_of_delegation_get_the_position_control_and_the_server_refuses_the_others() {
        record Case(String username, RejectionReason reason) {
        }
        for (Case refusal : List.of(new Case("kaz.delegate", RejectionReason.ONLY_HEAD_DECLARES_POSITIONS),
                new Case("chair", RejectionReason.CHAIR_TAKES_NO_POSITION),
                new Case("un.observer", RejectionReason.OBSERVERS_CANNOT_ACT))) {
            openClause(refusal.username(), "art-response-mechanisms");
            assertThat(present("declare")).as(refusal.username()).isFalse();
            assertThat(present("declare-position")).as(refusal.username()).isFalse();
            assertThat(present("reopen-clause")).as(refusal.username()).isFalse();
            refused(refusal.reason(), () -> client.declarePosition(NEGOTIATION, ArticleId.of("art-response-mechanisms"),
                    DelegationCode.of("KAZ"), 1, PositionKind.ENDORSE, ""));
            KaribuSupport.close();
        }
        openClause("uzb.head", "art-response-mechanisms");
        assertThat(present("declare-position")).isTrue();
    }

    @Test
    void a_head_reopens_an_agreed_clause() {
        openClause("uzb.head", "art-indivisible-security");
        String before = unit("art-indivisible-security").getElement().getAttribute("data-status");
        assertThat(before).isIn("AGREED", "AGREED_AD_REFERENDUM");
        _get(TextField.class, spec -> spec.withId("reopen-reason")).setValue("The capital wants to look again");
        _click(_get(Button.class, spec -> spec.withId("reopen-clause")));
        eventually(() -> assertThat(unit("art-indivisible-security").getElement().getAttribute("data-status"))
                .isNotIn("AGREED", "AGREED_AD_REFERENDUM"));
        assertThat(present("reopen-clause")).as("nothing agreed to reopen").isFalse();
    }

    // --- comments ---

    @Test
    void participants_read_and_write_the_thread_and_replies_sit_under_their_comment() {
        openClause("kgz.delegate", "art-international-law");
        List<String> before = _find(Div.class, spec -> spec.withClasses("comment")).stream()
                .map(c -> c.getId().orElseThrow()).toList();
        assertThat(before).containsSubsequence("comment-comment-borders-1", "comment-comment-borders-2");

        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue("We support a reference to Helsinki.");
        _click(_get(Button.class, spec -> spec.withId("post-comment")));
        eventually(() -> assertThat(_find(Div.class, spec -> spec.withClasses("comment-thread")).get(0)
                .getElement().getTextRecursively()).contains("We support a reference to Helsinki."));
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-text")).getValue()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("reply-comment-borders-1")));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("replying-to")).getText())
                .startsWith("Replying to");
        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue("Agreed with the secretariat.");
        _click(_get(Button.class, spec -> spec.withId("post-comment")));
        eventually(() -> {
            Div thread = _find(Div.class, spec -> spec.withClasses("comment-thread")).stream()
                    .filter(t -> t.getElement().getTextRecursively().contains("Should the Charter refer"))
                    .findFirst().orElseThrow();
            assertThat(thread.getElement().getTextRecursively()).contains("Agreed with the secretariat.");
        });
    }

    @Test
    void observers_see_no_comments_and_the_server_refuses_theirs() {
        openClause("un.observer", "art-international-law");
        assertThat(present("comments-panel")).isFalse();
        assertThat(present("comment-text")).isFalse();
        refused(RejectionReason.OBSERVERS_CANNOT_ACT, () -> client.comment(NEGOTIATION,
                ArticleId.of("art-international-law"), null, "An observer's view"));
        refused(RejectionReason.OBSERVERS_CANNOT_ACT, () -> client.comment(NEGOTIATION,
                ArticleId.of("art-international-law"), CommentId.of("comment-borders-1"), "A reply"));
    }

    @Test
    void a_live_update_keeps_the_selection_and_what_is_being_typed() {
        openClause("kaz.delegate", "art-response-mechanisms");
        _get(TextField.class, spec -> spec.withId("amendment-words")).setValue("early warning");
        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue("Half-written thought");
        TextField words = _get(TextField.class, spec -> spec.withId("amendment-words"));
        Div outlineUnit = unit("art-international-law");
        UI mine = UI.getCurrent();

        // someone else acts: the chair adds an article
        as("chair", () -> client.addArticle(NEGOTIATION, "Languages", "The Russian text is the working text."));
        eventually(() -> assertThat(outlineHeadings()).anyMatch(h -> h.endsWith("Languages")));

        assertThat(UI.getCurrent()).isSameAs(mine);
        assertThat(detail().getElement().getAttribute("data-clause")).isEqualTo("art-response-mechanisms");
        assertThat(_get(TextField.class, spec -> spec.withId("amendment-words"))).isSameAs(words);
        assertThat(words.getValue()).isEqualTo("early warning");
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-text")).getValue()).isEqualTo("Half-written thought");
        assertThat(unit("art-international-law")).as("an unchanged unit is not re-rendered").isSameAs(outlineUnit);
    }
}
