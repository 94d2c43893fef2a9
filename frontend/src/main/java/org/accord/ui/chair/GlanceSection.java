package org.accord.ui.chair;

import com.vaadin.flow.component.grid.Grid;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.position.PositionKind;
import org.accord.api.position.PositionView;
import org.accord.ui.i18n.Translations;

import java.util.List;

/** Every member delegation's positions over all clauses, counted: what it endorsed, objected to, let go stale, not given. */
class GlanceSection extends ConsoleSection {

    /** One member's positions over the clauses of the text. */
    record Tally(String delegation, int endorsed, int canLiveWith, int reservations, int objections, int stale, int missing) {
    }

    private final Grid<Tally> tallies = new Grid<>();
    private List<Tally> shown = List.of();

    GlanceSection(ChairClient client) {
        super(client, "console-glance", "console.glance.title");
        tallies.setId("glance");
        tallies.addColumn(Tally::delegation).setHeader(Translations.text("console.glance.delegation")).setAutoWidth(true);
        tallies.addColumn(Tally::endorsed).setHeader(Translations.text("console.glance.endorsed"));
        tallies.addColumn(Tally::canLiveWith).setHeader(Translations.text("console.glance.can-live-with"));
        tallies.addColumn(Tally::reservations).setHeader(Translations.text("console.glance.reservations"));
        tallies.addColumn(Tally::objections).setHeader(Translations.text("console.glance.objections"));
        tallies.addColumn(Tally::stale).setHeader(Translations.text("console.glance.stale"));
        tallies.addColumn(Tally::missing).setHeader(Translations.text("console.glance.missing"));
        tallies.setAllRowsVisible(true);
        tallies.getElement().setAttribute("aria-label", Translations.text("console.glance.title"));
        add(tallies);
    }

    @Override
    void show(NegotiationView view, Capabilities capabilities) {
        List<Tally> next = view.members().stream().map(member -> tally(member, view.articles())).toList();
        if (!next.equals(shown)) {
            shown = next;
            tallies.setItems(next);
        }
    }

    List<Tally> shown() {
        return shown;
    }

    static Tally tally(DelegationView member, List<ArticleView> articles) {
        int endorsed = 0, canLiveWith = 0, reservations = 0, objections = 0, stale = 0, missing = 0;
        for (ArticleView article : articles) {
            PositionView position = article.positions().stream().filter(p -> p.delegation().equals(member.code()))
                    .findFirst().orElse(null);
            if (position == null) {
                missing++;
            } else if (!position.current()) {
                stale++;
            } else if (position.kind() == PositionKind.ENDORSE) {
                endorsed++;
            } else if (position.kind() == PositionKind.CAN_LIVE_WITH) {
                canLiveWith++;
            } else if (position.kind().isReservation()) {
                reservations++;
            } else {
                objections++;
            }
        }
        return new Tally(member.code().value(), endorsed, canLiveWith, reservations, objections, stale, missing);
    }
}
