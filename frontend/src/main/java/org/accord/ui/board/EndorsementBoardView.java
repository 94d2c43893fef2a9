package org.accord.ui.board;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.AgreementHistory;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.EndorsementMatrix;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.ui.MainLayout;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;
import org.accord.ui.live.LiveSubscription;
import org.accord.ui.negotiation.ClauseBadges;
import org.accord.ui.negotiation.DisclosureLine;
import org.accord.ui.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The endorsement board of one negotiation, the observers' home: member × clause matrix, the
 * consensus status per clause and overall, and the agreement over time. Everything shown is what
 * the server's queries disclose to the signed-in person, pushed live; the board has no controls.
 */
@Route(value = "negotiations/:negotiationId/board", layout = MainLayout.class)
@PermitAll
public class EndorsementBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "negotiationId";

    private final BoardClient client;
    private final Optional<Actor> actor;
    private final H2 title = new H2();
    private final Paragraph disclosure = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Paragraph nothing = new Paragraph();
    private final MatrixTable matrix = new MatrixTable();
    private final BoardLegend legend = new BoardLegend();
    private final H3 chartHeading = new H3();
    private final AgreementChart chart = new AgreementChart();
    private final List<Registration> live = new ArrayList<>();
    private Map<ArticleId, String> headings = Map.of();
    private EndorsementMatrix shownMatrix;
    private AgreementHistory shownHistory;

    public EndorsementBoardView(BoardClient client, CurrentUser currentUser) {
        this.client = client;
        this.actor = currentUser.actor();
        title.setId("board-title");
        disclosure.setId("board-disclosure");
        disclosure.setVisible(false);
        summary.setId("board-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        nothing.setId("board-nothing");
        nothing.setText(Translations.text("board.nothing"));
        nothing.setVisible(false);
        chartHeading.setText(Translations.text("board.chart.heading"));
        chart.setHeight("320px");
        chart.getStyle().set("max-width", "60rem");
        setVisibleBoard(false);
        chartHeading.setVisible(false);
        chart.setVisible(false);
        add(title, disclosure, summary, nothing, legend, matrix, chartHeading, chart);
        UserTime.whenKnown(this, this::showHistory);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        NegotiationId id = NegotiationId.of(event.getRouteParameters().get(ID).orElseThrow());
        live.forEach(Registration::remove);
        live.clear();
        live.add(LiveSubscription.bind(this, () -> client.watchNegotiation(id),
                initial -> initial.ifPresentOrElse(this::show, this::notFound), this::show));
        live.add(LiveSubscription.bind(this, () -> client.watchMatrix(id),
                initial -> initial.ifPresent(this::show), this::show));
        live.add(LiveSubscription.bind(this, () -> client.watchHistory(id),
                initial -> initial.ifPresent(this::show), this::show));
    }

    private void show(NegotiationView view) {
        title.setText(Translations.text("board.title", view.title()));
        boolean observing = actor.map(a -> view.observers().stream().anyMatch(d -> d.code().equals(a.delegation())))
                .orElse(false);
        disclosure.setVisible(observing);
        disclosure.setText(observing ? DisclosureLine.of(view) : "");
        // an empty board is withheld text for an observer, an empty draft for a participant
        nothing.setText(Translations.text(observing ? "board.nothing" : "board.no-clauses"));
        Map<ArticleId, String> next = headings(view);
        if (!next.equals(headings)) { // most updates change positions, not headings: the matrix brings those
            headings = next;
            if (shownMatrix != null) {
                showMatrix();
            }
        }
    }

    private void show(EndorsementMatrix next) {
        if (next.equals(shownMatrix)) {
            return;
        }
        shownMatrix = next;
        showMatrix();
    }

    private static Map<ArticleId, String> headings(NegotiationView view) {
        return view.articles().stream()
                .collect(Collectors.toMap(ArticleView::articleId, ClauseBadges::heading, (a, b) -> a));
    }

    private void show(AgreementHistory history) {
        if (history.equals(shownHistory)) {
            return;
        }
        shownHistory = history;
        showHistory();
    }

    private void showMatrix() {
        boolean any = !shownMatrix.rows().isEmpty();
        setVisibleBoard(any);
        nothing.setVisible(!any);
        matrix.show(shownMatrix, headings);
        summary.setText(any ? summaryLine(shownMatrix) : "");
    }

    private void showHistory() {
        if (shownHistory != null) {
            chart.show(shownHistory, getLocale(), UserTime.zone());
            chartHeading.setVisible(!shownHistory.points().isEmpty());
            chart.setVisible(!shownHistory.points().isEmpty());
        }
    }

    private void setVisibleBoard(boolean visible) {
        summary.setVisible(visible);
        legend.setVisible(visible);
        matrix.setVisible(visible);
    }

    /** "7 of 12 clauses agreed; 2 agreed ad referendum; 3 bracketed; …": counted from the statuses shown. */
    static String summaryLine(EndorsementMatrix matrix) {
        Map<ClauseStatus, Long> counts = matrix.rows().stream()
                .collect(Collectors.groupingBy(EndorsementMatrix.Row::status, Collectors.counting()));
        long agreed = counts.getOrDefault(ClauseStatus.AGREED, 0L) + counts.getOrDefault(ClauseStatus.ADOPTED, 0L);
        StringBuilder line = new StringBuilder(Translations.text("board.summary.agreed", agreed, matrix.rows().size()));
        for (ClauseStatus status : List.of(ClauseStatus.AGREED_AD_REFERENDUM, ClauseStatus.BRACKETED,
                ClauseStatus.OPTIONS, ClauseStatus.PROPOSED)) {
            long count = counts.getOrDefault(status, 0L);
            if (count > 0) {
                line.append("; ").append(Translations.text("board.summary." + status.name(), count));
            }
        }
        return line.toString();
    }


    private void notFound() {
        title.setText(Translations.text("workspace.not-found"));
        setVisibleBoard(false);
        nothing.setVisible(false);
        chartHeading.setVisible(false);
        chart.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return Translations.text("board.page-title");
    }

}
