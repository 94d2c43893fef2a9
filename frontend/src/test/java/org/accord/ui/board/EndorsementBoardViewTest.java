package org.accord.ui.board;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.AccordApplication;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.drafting.ReviseClause;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.DeclarePosition;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.ChangeRulesOfProcedure;
import org.accord.api.procedure.Confidentiality;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.RejectionReason;
import org.accord.testing.FreshDatabaseInitializer;
import org.accord.ui.KaribuSupport;
import org.accord.api.position.FindAgreementHistory;
import org.accord.api.position.FindEndorsementMatrix;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The endorsement board on the server: the matrix (positions, currency, statuses), the overall
 * consensus line, the chart's data, live updates, and what each audience is shown, as the
 * queries disclose it. The board has no controls; a position sent by an observer is refused.
 */
@SpringBootTest(classes = AccordApplication.class,
        // a context (and database) of its own: the negotiations opened here must not appear in
        // the lists that other view tests expect to hold the demo alone
        properties = {"accord.demo.enabled=true", "accord.demo.password=karibu-password", "accord.test.context=board"})
@org.springframework.test.context.ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@DirtiesContext
class EndorsementBoardViewTest {

    static final DelegationCode KAZ = DelegationCode.of("KAZ");
    static final DelegationCode UZB = DelegationCode.of("UZB");
    static final ArticleId SECURITY = ArticleId.of("art-board-security");
    static final ArticleId WATER = ArticleId.of("art-board-water");

    @Autowired ApplicationContext context;
    @Autowired CommandGateway commands;
    @Autowired QueryUpdateEmitter emitter;

    @AfterEach
    void close() {
        KaribuSupport.close();
    }

    /** Sends a command as {@code username} through the gateway, as the app would for that person's session. */
    void sendAs(String username, Object command) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            commands.sendAndWait(command);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /**
     * Kazakhstan and Uzbekistan negotiate, the UN observes: "security" agreed by both, then its
     * wording revised (both positions stale); "water" under Kazakhstan's scrutiny reservation (agreed ad referendum), Uzbekistan silent.
     */
    NegotiationId negotiation(Confidentiality confidentiality) {
        NegotiationId id = NegotiationId.random();
        sendAs("chair", new OpenNegotiation(id, "Board charter " + id.value().substring(0, 6)));
        sendAs("chair", new ChangeRulesOfProcedure(id, new RulesOfProcedure(RulesOfProcedure.standard().decisionRule(),
                confidentiality, List.of("ru", "en"), 72)));
        sendAs("chair", new AccreditMember(id, KAZ, "Kazakhstan"));
        sendAs("chair", new AccreditMember(id, UZB, "Uzbekistan"));
        sendAs("chair", new AccreditObserver(id, DelegationCode.of("UN"), "United Nations"));
        sendAs("chair", new AddArticle(id, SECURITY, "Indivisible security", "Security is indivisible."));
        sendAs("chair", new AddArticle(id, WATER, "Shared rivers", "Rivers are shared."));
        sendAs("kaz.head", new DeclarePosition(id, SECURITY, KAZ, 1, PositionKind.ENDORSE, ""));
        sendAs("uzb.head", new DeclarePosition(id, SECURITY, UZB, 1, PositionKind.ENDORSE, ""));
        sendAs("kaz.head", new DeclarePosition(id, WATER, KAZ, 1, PositionKind.SCRUTINY_RESERVATION, "Awaiting the capital"));
        return id;
    }

    void open(String username, NegotiationId id) {
        KaribuSupport.openAs(username, context);
        UI.getCurrent().navigate("negotiations/" + id.value() + "/board");
    }

    static void eventually(Runnable assertion) {
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertion.run();
        });
    }

    static NativeTableCell cell(ArticleId clause, DelegationCode member) {
        return _get(NativeTableCell.class, spec -> spec.withId("board-cell-" + clause.value() + "-" + member.value()));
    }

    static String attribute(Component component, String name) {
        return component.getElement().getAttribute(name);
    }

    /** The chart, shown or hidden. */
    static AgreementChart chart() {
        return _get(EndorsementBoardView.class).getChildren().filter(AgreementChart.class::isInstance)
                .map(AgreementChart.class::cast).findFirst().orElseThrow();
    }

    @Test
    void the_matrix_shows_each_members_position_with_its_colour_and_currency_and_each_clauses_status() {
        NegotiationId id = negotiation(Confidentiality.LIVE);
        open("kaz.head", id);
        eventually(() -> assertThat(attribute(cell(WATER, KAZ), "data-kind")).isEqualTo("SCRUTINY_RESERVATION"));

        assertThat(_get(H2.class, spec -> spec.withId("board-title")).getText()).contains("Board charter");
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("board-table"));
        assertThat(table.getCaptionText()).isNotBlank();
        assertThat(table.getHead().getRows()).singleElement().satisfies(head -> assertThat(head.getHeaderCells())
                .extracting(cell -> cell.getElement().getAttribute("scope")).containsOnly("col"));
        assertThat(table.getHead().getRows().get(0).getHeaderCells()).extracting(c -> c.getElement().getText())
                .containsExactly("Clause", "Status", "KAZ", "UZB");
        assertThat(table.getBody().getRows()).as("clauses in reading order")
                .extracting(row -> row.getId().orElseThrow())
                .containsExactly("board-row-" + SECURITY.value(), "board-row-" + WATER.value());
        assertThat(table.getBody().getRows().get(0).getHeaderCells().get(0).getText())
                .isEqualTo("Article 1. Indivisible security");
        assertThat(row(SECURITY).getElement().getAttribute("data-status")).isEqualTo(ClauseStatus.AGREED.name());

        NativeTableCell endorsed = cell(SECURITY, UZB);
        assertThat(attribute(endorsed, "data-kind")).isEqualTo("ENDORSE");
        assertThat(attribute(endorsed, "data-currency")).isEqualTo("current");
        assertThat(attribute(endorsed, "aria-label")).isEqualTo("UZB: endorses, on the current wording (rev. 1)");
        assertThat(endorsed.getStyle().get("background-color")).isEqualTo(PositionCells.colour(PositionKind.ENDORSE));
        assertThat(endorsed.getStyle().get("background-image")).isNull();
        NativeTableCell none = cell(WATER, UZB);
        assertThat(attribute(none, "data-kind")).isEqualTo("NONE");
        assertThat(none.getText()).isEqualTo("—");
        assertThat(attribute(none, "aria-label")).isEqualTo("UZB: no position");
        assertThat(cell(WATER, KAZ).getStyle().get("background-color"))
                .isEqualTo(PositionCells.colour(PositionKind.SCRUTINY_RESERVATION));
        assertThat(_get(Paragraph.class, spec -> spec.withId("board-summary")).getText())
                .isEqualTo("1 of 2 clauses agreed; 1 agreed ad referendum");

        sendAs("kaz.delegate", new ReviseClause(id, SECURITY, 1, 12, 23, "one and indivisible"));
        eventually(() -> assertThat(attribute(cell(SECURITY, UZB), "data-currency")).isEqualTo("stale"));
        NativeTableCell stale = cell(SECURITY, UZB);
        assertThat(attribute(stale, "data-kind")).isEqualTo("ENDORSE");
        assertThat(attribute(stale, "aria-label")).contains("stale").contains("rev. 1").contains("no longer counts");
        assertThat(stale.getStyle().get("background-image")).as("hatched, not colour alone")
                .isEqualTo(PositionCells.STALE_HATCH);
        assertThat(stale.getStyle().get("background-color")).as("faded")
                .isEqualTo(PositionCells.faded(PositionKind.ENDORSE));
        assertThat(stale.getElement().getTextRecursively()).contains("stale, rev. 1");
        assertThat(row(SECURITY).getElement().getAttribute("data-status")).isEqualTo(ClauseStatus.PROPOSED.name());
        assertThat(_get(Paragraph.class, spec -> spec.withId("board-summary")).getText())
                .isEqualTo("0 of 2 clauses agreed; 1 agreed ad referendum; 1 proposed");
        assertThat(_find(BoardLegend.class)).hasSize(1);
    }

    @Test
    void a_declared_position_changes_the_observers_matrix_and_chart_live() {
        NegotiationId id = negotiation(Confidentiality.LIVE);
        open("un.observer", id);
        eventually(() -> assertThat(attribute(chart(), "data-latest")).contains(" AGREED=1").contains("AGREED_AD_REFERENDUM=1"));
        int points = Integer.parseInt(attribute(chart(), "data-points"));
        assertThat(attribute(cell(WATER, UZB), "data-kind")).isEqualTo("NONE");
        assertThat(_get(Paragraph.class, spec -> spec.withId("board-disclosure")).getText())
                .contains("as they are");

        sendAs("uzb.head", new DeclarePosition(id, WATER, UZB, 1, PositionKind.OBJECTION, "Upstream rights"));

        eventually(() -> {
            assertThat(attribute(cell(WATER, UZB), "data-kind")).isEqualTo("OBJECTION");
            assertThat(row(WATER).getElement().getAttribute("data-status")).isEqualTo(ClauseStatus.BRACKETED.name());
            assertThat(attribute(chart(), "data-latest")).contains("BRACKETED=1").contains("AGREED_AD_REFERENDUM=0");
            assertThat(attribute(chart(), "data-points")).isEqualTo(String.valueOf(points + 1));
        });
        assertThat(_get(Paragraph.class, spec -> spec.withId("board-summary")).getText())
                .isEqualTo("1 of 2 clauses agreed; 1 bracketed");
        assertThat(attribute(chart(), "aria-label")).contains("Agreed: 1").contains("Bracketed: 1");
    }

    @Test
    void the_board_has_no_controls_for_an_observer_and_the_server_refuses_an_observers_position() {
        NegotiationId id = negotiation(Confidentiality.LIVE);
        open("un.observer", id);
        eventually(() -> assertThat(_find(NativeTableRow.class)).hasSize(3));
        EndorsementBoardView board = _get(EndorsementBoardView.class);
        assertThat(_find(board, Button.class)).isEmpty();
        assertThat(_find(board, TextField.class)).isEmpty();
        assertThat(_find(board, TextArea.class)).isEmpty();

        assertThatThrownBy(() -> commands.sendAndWait(
                new DeclarePosition(id, WATER, DelegationCode.of("UN"), 1, PositionKind.ENDORSE, "")))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RejectionReason.OBSERVERS_CANNOT_ACT));
        assertThatThrownBy(() -> commands.sendAndWait(
                new DeclarePosition(id, WATER, KAZ, 1, PositionKind.ENDORSE, "")))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RejectionReason.OBSERVERS_CANNOT_ACT));
    }

    @Test
    void an_observer_restricted_to_issued_texts_sees_nothing_of_the_text_the_positions_or_the_history() {
        NegotiationId id = negotiation(new Confidentiality(Confidentiality.Mode.MILESTONES_ONLY, 0));
        open("kaz.head", id);
        eventually(() -> assertThat(_find(NativeTableRow.class)).hasSize(3));
        KaribuSupport.close();

        open("un.observer", id);
        eventually(() -> assertThat(_get(H2.class, spec -> spec.withId("board-title")).getText())
                .contains("Board charter"));
        eventually(() -> assertThat(chart().shown()).isNotNull());
        EndorsementBoardView board = _get(EndorsementBoardView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("board-nothing")).isVisible()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("board-disclosure")).getText())
                .contains("only the issued texts");
        assertThat(_find(board, NativeTableCell.class)).as("no cell of the matrix").isEmpty();
        assertThat(chart().shown().points()).isEmpty();
        assertThat(chart().isVisible()).isFalse();
        assertThat(board.getElement().getOuterHTML()).doesNotContain("Indivisible").doesNotContain("Shared rivers");
    }

    @Test
    void an_observer_of_a_delayed_negotiation_sees_nothing_newer_than_the_delay() {
        NegotiationId id = negotiation(new Confidentiality(Confidentiality.Mode.DELAYED, 60));
        open("uzb.head", id);
        eventually(() -> assertThat(_find(NativeTableRow.class)).hasSize(3));
        assertThat(chart().shown().points()).isNotEmpty();
        KaribuSupport.close();

        open("un.observer", id);
        eventually(() -> assertThat(chart().shown()).isNotNull());
        eventually(() -> assertThat(_get(Paragraph.class, spec -> spec.withId("board-nothing")).isVisible()).isTrue());
        EndorsementBoardView board = _get(EndorsementBoardView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("board-disclosure")).getText()).contains("60 minutes ago");
        assertThat(chart().shown().points()).as("nothing is an hour old yet").isEmpty();
        assertThat(_find(board, NativeTableCell.class)).isEmpty();
        assertThat(board.getElement().getOuterHTML()).doesNotContain("Indivisible");
    }

    @Test
    void an_outsider_sees_nothing_not_even_the_title() {
        NegotiationId id = negotiation(Confidentiality.LIVE);
        open("tjk.head", id);
        eventually(() -> assertThat(_get(H2.class, spec -> spec.withId("board-title")).getText())
                .isEqualTo("No such negotiation"));
        EndorsementBoardView board = _get(EndorsementBoardView.class);
        assertThat(_find(board, NativeTableCell.class)).isEmpty();
        assertThat(chart().isVisible()).isFalse();
        assertThat(chart().shown()).isNull();
        assertThat(board.getElement().getOuterHTML()).doesNotContain("Board charter").doesNotContain("Indivisible");
    }

    @Test
    void the_boards_subscriptions_end_when_it_is_left() {
        NegotiationId id = negotiation(Confidentiality.LIVE);
        KaribuSupport.openAs("kaz.head", context);
        long before = subscriptions(FindAgreementHistory.class);
        UI.getCurrent().navigate("negotiations/" + id.value() + "/board");
        assertThat(subscriptions(FindAgreementHistory.class)).isEqualTo(before + 1);
        assertThat(subscriptions(FindEndorsementMatrix.class)).isPositive();

        UI.getCurrent().navigate("");
        assertThat(subscriptions(FindAgreementHistory.class)).isEqualTo(before);
    }

    @Test
    void an_observer_opening_a_negotiation_from_the_list_lands_on_the_board() {
        assertThat(homeLinks("un.observer")).isNotEmpty().allSatisfy(href -> assertThat(href).endsWith("/board"));
        assertThat(homeLinks("kaz.head")).isNotEmpty().allSatisfy(href -> assertThat(href).doesNotEndWith("/board"));
    }

    @SuppressWarnings("unchecked")
    List<String> homeLinks(String username) {
        KaribuSupport.openAs(username, context);
        UI.getCurrent().navigate("");
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("negotiations"));
        eventually(() -> assertThat(GridKt._size(grid)).isPositive());
        List<String> hrefs = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._getCellComponent(grid, row, "title"))
                .map(cell -> cell.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast)
                        .findFirst().orElseThrow().getHref())
                .toList();
        KaribuSupport.close();
        return hrefs;
    }

    long subscriptions(Class<?> query) {
        return emitter.activeSubscriptions().stream()
                .map(SubscriptionQueryMessage::getPayload).filter(query::isInstance).count();
    }

    static NativeTableRow row(ArticleId clause) {
        return _get(NativeTableRow.class, spec -> spec.withId("board-row-" + clause.value()));
    }
}
