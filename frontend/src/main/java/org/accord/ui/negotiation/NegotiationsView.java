package org.accord.ui.negotiation;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.accord.api.negotiation.NegotiationSummary;
import org.accord.ui.MainLayout;
import org.accord.ui.live.LiveSubscription;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The negotiations a person takes part in, live. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Negotiations · Accord")
@PermitAll
public class NegotiationsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final Grid<NegotiationSummary> grid = new Grid<>();

    public NegotiationsView(NegotiationClient client) {
        setSizeFull();
        grid.setId("negotiations");
        grid.addColumn(new ComponentRenderer<>(NegotiationsView::link)).setHeader("Negotiation").setFlexGrow(3);
        grid.addColumn(NegotiationSummary::chairName).setHeader("Chair");
        grid.addColumn(NegotiationSummary::members).setHeader("Members");
        grid.addColumn(NegotiationSummary::observers).setHeader("Observers");
        grid.addColumn(NegotiationSummary::articles).setHeader("Articles");
        grid.addColumn(summary -> summary.lastActivity() == null ? "—" : WHEN.format(summary.lastActivity())).setHeader("Last activity");
        grid.setAllRowsVisible(true);
        add(new H2("Negotiations"), grid);
        LiveSubscription.bind(this, client::watchNegotiations, this::show, this::show);
    }

    private void show(List<NegotiationSummary> negotiations) {
        grid.setItems(negotiations);
    }

    private static RouterLink link(NegotiationSummary summary) {
        RouterLink link = new RouterLink(summary.title(), NegotiationWorkspaceView.class,
                new RouteParameters(NegotiationWorkspaceView.ID, summary.negotiationId().value()));
        link.addClassName("negotiation-link");
        return link;
    }
}
