package org.accord.ui.history;

import org.accord.api.history.HistoryExtent;
import org.accord.api.negotiation.NegotiationView;

/** One tab of the history screen; opened with the negotiation as it stands now and its history's extent. */
interface HistoryPanel {

    void open(NegotiationView current, HistoryExtent extent);
}
