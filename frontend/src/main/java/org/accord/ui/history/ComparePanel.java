package org.accord.ui.history;

import com.vaadin.flow.component.html.Div;
import org.accord.api.history.HistoryExtent;
import org.accord.api.negotiation.NegotiationView;

/** TODO(issue 6): being built. */
class ComparePanel extends Div implements HistoryPanel {

    private final HistoryClient client;

    ComparePanel(HistoryClient client) {
        this.client = client;
        setId("history-compare");
    }

    @Override
    public void open(NegotiationView current, HistoryExtent extent) {
    }
}
