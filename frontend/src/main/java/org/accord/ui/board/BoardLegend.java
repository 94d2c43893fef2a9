package org.accord.ui.board;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.accord.api.position.PositionKind;
import org.accord.ui.i18n.Translations;

/** The legend of the matrix: each colour, the "no position" cell and the hatching of stale positions. */
final class BoardLegend extends UnorderedList {

    BoardLegend() {
        setId("board-legend");
        getElement().setAttribute("aria-label", Translations.text("board.legend"));
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("list-style", "none").set("padding", "0").set("margin", "0")
                .set("font-size", "var(--lumo-font-size-s)");
        for (PositionKind kind : PositionKind.values()) {
            add(item(PositionCells.colour(kind), null, Translations.label(kind)));
        }
        add(item("var(--lumo-contrast-5pct)", null, Translations.text("board.legend.none")));
        add(item(PositionCells.faded(PositionKind.ENDORSE), PositionCells.STALE_HATCH,
                Translations.text("board.legend.stale")));
    }

    private static ListItem item(String colour, String hatch, String text) {
        Span swatch = new Span();
        swatch.getElement().setAttribute("aria-hidden", "true");
        swatch.getStyle().set("display", "inline-block").set("width", "1.2em").set("height", "1.2em")
                .set("vertical-align", "middle").set("margin-inline-end", "var(--lumo-space-xs)")
                .set("border-radius", "var(--lumo-border-radius-s)").set("background-color", colour)
                .set("border", "1px solid var(--lumo-contrast-20pct)");
        if (hatch != null) {
            swatch.getStyle().set("background-image", hatch)
                    .set("border", "1px dashed " + PositionCells.colour(PositionKind.ENDORSE));
        }
        return new ListItem(swatch, new Span(text));
    }
}
