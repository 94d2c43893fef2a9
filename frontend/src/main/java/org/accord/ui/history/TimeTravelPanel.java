package org.accord.ui.history;

import com.vaadin.flow.component.html.Div;
import org.accord.api.history.HistoryExtent;
import org.accord.api.negotiation.NegotiationView;

/** TODO(issue 6): being built. */
class TimeTravelPanel extends Div implements HistoryPanel {

    private final HistoryClient client;

    TimeTravelPanel(HistoryClient client) {
        this.client = client;
        setId("history-time-travel");
    }

    @Override
    public void open(NegotiationView current, HistoryExtent extent) {
    }
}
