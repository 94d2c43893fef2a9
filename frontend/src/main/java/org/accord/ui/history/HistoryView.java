package org.accord.ui.history;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.accord.api.history.HistoryExtent;
import org.accord.api.negotiation.Capability;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.NegotiationId;
import org.accord.ui.MainLayout;
import org.accord.ui.i18n.Translations;

import java.util.List;
import java.util.Optional;

/**
 * The secretariat's history of one negotiation (issue 6): the timeline of every act, time travel
 * over the whole history, comparison of two points, and the rebuild of the read models. Shown to
 * whoever the server grants {@link Capability#REPLAY_HISTORY}; every query is refused by the server
 * to anyone else.
 */
@Route(value = "negotiations/:negotiationId/history", layout = MainLayout.class)
@PermitAll
public class HistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HistoryClient client;
    private final H2 title = new H2(Translations.text("history.page-title"));
    private final Paragraph refused = new Paragraph(Translations.text("history.not-the-secretariat"));
    private final TimelinePanel timeline;
    private final TimeTravelPanel travel;
    private final ComparePanel compare;
    private final RebuildPanel rebuild;
    private final TabSheet tabs = new TabSheet();
    private final Tab travelTab;

    public HistoryView(HistoryClient client) {
        this.client = client;
        timeline = new TimelinePanel(client, this::travelTo);
        travel = new TimeTravelPanel(client);
        compare = new ComparePanel(client);
        rebuild = new RebuildPanel(client);
        title.setId("history-title");
        refused.setId("history-refused");
        refused.getElement().setAttribute("role", "status");
        refused.setVisible(false);
        tabs.setId("history-tabs");
        tabs.add(Translations.text("history.tab.timeline"), timeline).setId("history-tab-timeline");
        travelTab = tabs.add(Translations.text("history.tab.travel"), travel);
        travelTab.setId("history-tab-travel");
        tabs.add(Translations.text("history.tab.compare"), compare).setId("history-tab-compare");
        tabs.add(Translations.text("history.tab.rebuild"), rebuild).setId("history-tab-rebuild");
        tabs.setWidthFull();
        tabs.setVisible(false);
        setMaxWidth("80rem");
        add(title, refused, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        NegotiationId id = NegotiationId.of(event.getRouteParameters().get("negotiationId").orElseThrow());
        boolean granted = client.capabilities(id).may(Capability.REPLAY_HISTORY);
        Optional<NegotiationView> current = granted ? client.current(id) : Optional.empty();
        refused.setVisible(current.isEmpty());
        tabs.setVisible(current.isPresent());
        current.ifPresent(negotiation -> {
            title.setText(Translations.text("history.title", negotiation.title()));
            HistoryExtent extent = client.extent(id);
            List.<HistoryPanel>of(timeline, travel, compare, rebuild).forEach(panel -> panel.open(negotiation, extent));
            event.getLocation().getQueryParameters().getSingleParameter(TimeTravelPanel.AT)
                    .flatMap(HistoryView::sequence).ifPresent(this::travelTo);
        });
    }

    /** Opens the time-travel tab at the point right after the act {@code sequence}. */
    private void travelTo(long sequence) {
        tabs.setSelectedTab(travelTab);
        travel.goTo(sequence);
    }

    private static Optional<Long> sequence(String value) {
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return Translations.text("history.page-title");
    }
}
