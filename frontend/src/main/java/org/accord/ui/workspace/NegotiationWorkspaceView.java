package org.accord.ui.workspace;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.silence.SilenceView;
import org.accord.ui.MainLayout;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;
import org.accord.ui.live.LiveSubscription;
import org.accord.ui.negotiation.DisclosureLine;
import org.accord.ui.negotiation.NegotiationClient;
import org.accord.ui.security.CurrentUser;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The charter workspace, the main screen of a negotiation: the header with the procedure and the
 * links to the board and the console, the outline of the charter's units, and the selected clause
 * in detail (ADR 0016). Everything is live; what the person may do comes from the server's
 * capabilities, asked again whenever the negotiation changes. The selected clause is in the URL
 * ({@code ?clause=}), so a link jumps to it.
 */
@Route(value = "negotiations/:negotiationId", layout = MainLayout.class)
@PermitAll
public class NegotiationWorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "negotiationId";
    static final String CLAUSE = "clause";

    private final NegotiationClient client;
    private final Optional<Actor> actor;
    private final H2 title = new H2();
    private final Paragraph participants = new Paragraph();
    private final Paragraph procedure = new Paragraph();
    private final Paragraph disclosure = new Paragraph();
    private final Anchor text = new Anchor();
    private final Anchor board = new Anchor();
    private final Anchor console = new Anchor();
    private final Anchor history = new Anchor();
    private final AddArticleForm addArticle;
    private final ClauseOutline outline;
    private final NewArticleProposals proposals;
    private final Div detailPane = new Div();
    private Registration live;
    private NegotiationId negotiation;
    private NegotiationView last;
    private ArticleId selected;
    private ClauseDetail detail;

    public NegotiationWorkspaceView(NegotiationClient client, CurrentUser currentUser) {
        this.client = client;
        this.actor = currentUser.actor();
        title.setId("negotiation-title");
        title.getStyle().set("margin", "0");
        participants.setId("participants");
        procedure.setId("procedure");
        disclosure.setId("disclosure");
        disclosure.setVisible(false);
        addArticle = new AddArticleForm();
        addArticle.setVisible(false);
        outline = new ClauseOutline(this::choose);
        proposals = new NewArticleProposals(client);
        add(title, tabs(), participants, procedure, disclosure, addArticle, body(), proposals);
        UserTime.whenKnown(this, () -> {
            if (detail != null) {
                detail.timesChanged();
            }
            if (last != null) {
                show(last);
            }
        });
    }

    private Nav tabs() {
        text.setId("tab-text");
        text.setText(Translations.text("workspace.tab.text"));
        text.getElement().setAttribute("aria-current", "page");
        text.getStyle().set("font-weight", "600");
        board.setId("tab-board");
        board.setText(Translations.text("workspace.tab.board"));
        console.setId("tab-console");
        console.setText(Translations.text("workspace.tab.console"));
        console.setVisible(false);
        history.setId("tab-history");
        history.setText(Translations.text("workspace.tab.history"));
        history.setVisible(false);
        Nav tabs = new Nav(text, board, console, history);
        tabs.setId("workspace-tabs");
        tabs.getElement().setAttribute("aria-label", Translations.text("workspace.tabs"));
        tabs.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding-bottom", "var(--lumo-space-xs)");
        return tabs;
    }

    /** Outline and detail side by side; on a narrow screen the detail goes below and the outline folds. */
    private Div body() {
        Details folding = new Details(Translations.text("outline.title"), outline);
        folding.setId("outline-details");
        folding.setOpened(true);
        folding.getStyle().set("flex", "0 1 18rem").set("min-width", "14rem").set("margin", "0");
        detailPane.setId("detail-pane");
        detailPane.getStyle().set("flex", "1 1 24rem").set("min-width", "0");
        Div body = new Div(folding, detailPane);
        body.setId("workspace-body");
        body.setWidthFull();
        // isolation: the co-editor's layers stay below the app bar when the page scrolls
        body.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)").set("isolation", "isolate")
                .set("align-items", "flex-start");
        return body;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        NegotiationId id = NegotiationId.of(event.getRouteParameters().get(ID).orElseThrow());
        selected = event.getLocation().getQueryParameters().getSingleParameter(CLAUSE).map(ArticleId::of).orElse(null);
        if (id.equals(negotiation) && live != null) {
            if (last != null) {
                show(last);
            }
            return;
        }
        negotiation = id;
        if (live != null) {
            live.remove();
        }
        text.setHref("negotiations/" + id.value());
        board.setHref("negotiations/" + id.value() + "/board");
        console.setHref("negotiations/" + id.value() + "/console");
        history.setHref("negotiations/" + id.value() + "/history");
        addArticle.onSubmit(draft -> client.addArticle(id, draft.heading(), draft.text()));
        live = LiveSubscription.bind(this, () -> client.watchNegotiation(id),
                initial -> initial.ifPresentOrElse(this::show, this::notFound), this::show);
    }

    /** Selecting a unit puts it in the URL; the router then shows it (see {@link #beforeEnter}). */
    private void choose(ArticleId clause) {
        if (clause.equals(selected) && detail != null) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("negotiations/" + negotiation.value(),
                new QueryParameters(Map.of(CLAUSE, List.of(clause.value())))));
    }

    private void show(NegotiationView view) {
        last = view;
        Capabilities granted = client.capabilities(view.negotiationId());
        title.setText(view.title());
        participants.setText(Translations.text("workspace.participants", view.chairName(),
                names(view, true), names(view, false)));
        procedure.setText(procedureLine(view));
        boolean observing = actor.map(a -> view.observers().stream()
                .anyMatch(d -> d.code().equals(a.delegation()))).orElse(false);
        disclosure.setVisible(observing);
        disclosure.setText(observing ? DisclosureLine.of(view) : "");
        console.setVisible(granted.may(Capability.RUN_PROCEDURE) || granted.may(Capability.ACCREDIT));
        history.setVisible(granted.may(Capability.REPLAY_HISTORY));
        addArticle.setVisible(granted.may(Capability.STRUCTURE_TEXT));
        outline.update(view.articles(), granted.may(Capability.EDIT_TEXT)
                ? "negotiations/" + view.negotiationId().value() + "/clauses/" : null);
        showDetail(view, granted);
        proposals.show(view.negotiationId(), view.newClauseProposals(), granted);
    }

    private void showDetail(NegotiationView view, Capabilities granted) {
        Optional<ArticleView> clause = view.articles().stream()
                .filter(a -> a.articleId().equals(selected)).findFirst()
                .or(() -> view.articles().stream().findFirst());
        if (clause.isEmpty()) {
            detailPane.removeAll();
            detail = null;
            outline.select(null);
            return;
        }
        ArticleView shown = clause.get();
        if (detail == null || !detail.clauseId().equals(shown.articleId())) {
            detail = new ClauseDetail(client, view.negotiationId(), shown.articleId());
            detailPane.removeAll();
            detailPane.add(detail);
        }
        outline.select(shown.articleId());
        detail.show(view, shown, granted);
    }

    private static String procedureLine(NegotiationView negotiation) {
        StringBuilder line = new StringBuilder(Translations.text("workspace.rule",
                Translations.label(negotiation.decisionRule())))
                .append(" · ").append(Translations.text("workspace.share-agreed",
                        Math.round(negotiation.shareAgreed() * 100)));
        negotiation.silences().stream().filter(s -> s.state() == SilenceView.State.OPEN).forEach(s ->
                line.append(" · ").append(Translations.text("workspace.under-silence",
                        UserTime.deadline(s.expiresAt(), negotiation.timeZone()))));
        if (!negotiation.milestones().isEmpty()) {
            line.append(" · ").append(Translations.text("workspace.latest-text",
                    negotiation.milestones().get(negotiation.milestones().size() - 1).documentSymbol()));
        }
        if (negotiation.adoption() != null) {
            line.append(" · ").append(negotiation.adoption().bySilence()
                    ? Translations.text("workspace.adopted-by-silence") : Translations.text("workspace.adopted"));
        }
        return line.toString();
    }


    private void notFound() {
        title.setText(getTranslation("workspace.not-found"));
    }

    private static String names(NegotiationView negotiation, boolean members) {
        return negotiation.delegations().stream().filter(d -> d.member() == members)
                .map(DelegationView::code).map(Object::toString).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title");
    }
}
