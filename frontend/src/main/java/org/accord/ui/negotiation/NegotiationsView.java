package org.accord.ui.negotiation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import jakarta.annotation.security.PermitAll;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.api.shared.Role;
import org.accord.ui.MainLayout;
import org.accord.ui.security.CurrentUser;
import org.accord.ui.i18n.Language;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;
import org.accord.ui.live.LiveSubscription;

import java.text.NumberFormat;
import java.util.List;

/**
 * The negotiations a person takes part in or observes, live: status, decision rule, delegations,
 * share of clauses agreed, open silence procedures and last activity (in the person's time zone).
 * Every figure comes from the query as the person may see it; the view only lays it out.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class NegotiationsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<NegotiationSummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    /** Observers land on the endorsement board (issue 5, item 4), everybody else on the workspace. */
    private final boolean observer;

    public NegotiationsView(NegotiationClient client, CurrentUser currentUser) {
        observer = currentUser.actor().map(actor -> actor.role() == Role.OBSERVER).orElse(false);
        setSizeFull();
        grid.setId("negotiations");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("list.title"));
        grid.addColumn(new ComponentRenderer<>(this::title))
                .setHeader(getTranslation("list.negotiation")).setFlexGrow(2).setKey("title");
        grid.addColumn(new ComponentRenderer<>(NegotiationsView::status))
                .setHeader(getTranslation("list.status")).setKey("status");
        grid.addColumn(new ComponentRenderer<>(NegotiationsView::rule))
                .setHeader(getTranslation("list.rule")).setWidth("8em").setKey("rule");
        grid.addColumn(new ComponentRenderer<>(NegotiationsView::delegations))
                .setHeader(getTranslation("list.delegations")).setWidth("8em").setKey("delegations");
        grid.addColumn(new ComponentRenderer<>(NegotiationsView::agreed))
                .setHeader(getTranslation("list.agreed")).setWidth("5em").setKey("agreed");
        grid.addColumn(NegotiationSummary::openSilences).setTextAlign(ColumnTextAlign.END)
                .setHeader(shortHeader("list.silences-short", "list.silences")).setWidth("5em").setKey("silences");
        grid.addColumn(summary -> summary.lastActivity() == null ? "—" : UserTime.dateTime(summary.lastActivity()))
                .setHeader(getTranslation("list.last-activity")).setKey("last-activity");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> open(click.getItem()));
        empty.setId("no-negotiations");
        empty.setText(getTranslation("list.empty"));
        empty.setVisible(false);
        add(new H2(getTranslation("list.title")), grid, empty);
        LiveSubscription.bind(this, client::watchNegotiations, this::show, this::show);
        UserTime.whenKnown(this, () -> grid.getDataProvider().refreshAll());
    }

    /** A header short enough for tablet width; the full name for the tooltip and screen readers. */
    private Span shortHeader(String shortKey, String fullKey) {
        Span header = new Span(getTranslation(shortKey));
        header.getElement().setAttribute("title", getTranslation(fullKey));
        header.getElement().setAttribute("aria-label", getTranslation(fullKey));
        return header;
    }

    private void show(List<NegotiationSummary> negotiations) {
        grid.setItems(negotiations);
        empty.setVisible(negotiations.isEmpty());
    }

    private void open(NegotiationSummary summary) {
        getUI().ifPresent(ui -> ui.navigate(home(summary)));
    }

    /** The board's route by path: ui.board depends on this package, so no class reference back. */
    private String home(NegotiationSummary summary) {
        String workspace = "negotiations/" + summary.negotiationId().value();
        return observer ? workspace + "/board" : workspace;
    }

    private Component title(NegotiationSummary summary) {
        Anchor link = new Anchor(home(summary), summary.title());
        link.addClassName("negotiation-link");
        Span chair = new Span(Translations.text("list.chaired-by", summary.chairName()));
        chair.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div cell = new Div(link, new Div(chair));
        cell.addClassName("negotiation-title-cell");
        return cell;
    }

    private static Component status(NegotiationSummary summary) {
        Span badge = new Span(Translations.label(summary.status()));
        badge.addClassName("negotiation-status");
        badge.getElement().setAttribute("data-status", summary.status().name());
        badge.getStyle().set("padding", "0 var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600").set("display", "inline-block")
                .set("color", "white").set("background", switch (summary.status()) {
                    case NEGOTIATING -> "var(--lumo-primary-color)";
                    case UNDER_SILENCE -> "hsl(35, 85%, 38%)";
                    case ADOPTED -> "var(--lumo-success-color)";
                });
        return badge;
    }

    /** Small and breakable anywhere: a rule's one long word must not widen the list at tablet width. */
    private static Component rule(NegotiationSummary summary) {
        Span rule = new Span(Translations.label(summary.decisionRule()));
        rule.getStyle().set("font-size", "var(--lumo-font-size-s)").set("overflow-wrap", "anywhere");
        return rule;
    }

    private static Component delegations(NegotiationSummary summary) {
        Div cell = new Div(new Div(Translations.text("list.members", summary.members())),
                new Div(Translations.text("list.observers", summary.observers())));
        cell.addClassName("delegations");
        return cell;
    }

    private static Component agreed(NegotiationSummary summary) {
        String share = NumberFormat.getPercentInstance(Language.current()).format(summary.shareAgreed());
        ProgressBar bar = new ProgressBar(0, 1, summary.shareAgreed());
        bar.getElement().setAttribute("aria-label", Translations.text("list.agreed-aria", share));
        Span figure = new Span(share);
        figure.addClassName("share-agreed");
        figure.getElement().setAttribute("aria-hidden", "true");
        Div cell = new Div(figure, bar);
        cell.getStyle().set("min-width", "4em");
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("list.page-title");
    }
}
