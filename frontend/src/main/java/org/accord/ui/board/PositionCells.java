package org.accord.ui.board;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Span;
import org.accord.api.position.EndorsementMatrix;
import org.accord.api.position.PositionKind;
import org.accord.api.shared.DelegationCode;
import org.accord.ui.i18n.Translations;

/**
 * How a position is drawn on the board: a colour per kind, hatched and faded when given on an
 * earlier wording (stale), and always a text and an accessible label that say the same.
 */
final class PositionCells {

    /** Diagonal stripes over a faded tint of the position's colour: stale, told apart without colour vision. */
    static final String STALE_HATCH =
            "repeating-linear-gradient(135deg, rgba(0,0,0,0.14) 0 3px, transparent 3px 9px)";

    private PositionCells() {
    }

    /** The cell of {@code member} on a clause: its kind and currency, or "no position". */
    static NativeTableCell cell(DelegationCode member, EndorsementMatrix.Row row) {
        EndorsementMatrix.Cell position = row.cells().get(member);
        NativeTableCell cell = new NativeTableCell();
        cell.setId("board-cell-" + row.clauseId().value() + "-" + member.value());
        cell.addClassName("board-cell");
        cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("min-width", "6.5em")
                .set("border-radius", "var(--lumo-border-radius-s)").set("text-align", "center");
        if (position == null) {
            cell.getElement().setAttribute("data-kind", "NONE");
            cell.getElement().setAttribute("data-currency", "none");
            cell.setText("—");
            cell.getElement().setAttribute("aria-label", Translations.text("board.cell.none", member.value()));
            cell.getStyle().set("background", "var(--lumo-contrast-5pct)")
                    .set("color", "var(--lumo-secondary-text-color)");
            return cell;
        }
        String kind = Translations.label(position.kind());
        cell.getElement().setAttribute("data-kind", position.kind().name());
        cell.getElement().setAttribute("data-currency", position.current() ? "current" : "stale");
        cell.getStyle().set("background-color", colour(position.kind())).set("color", "white");
        cell.add(new Div(kind));
        if (position.current()) {
            cell.getElement().setAttribute("aria-label",
                    Translations.text("board.cell.current", member.value(), kind, position.revision()));
        } else {
            Span stale = new Span(Translations.text("board.cell.stale", position.revision()));
            stale.getStyle().set("font-size", "var(--lumo-font-size-xs)");
            cell.add(stale);
            cell.getElement().setAttribute("aria-label",
                    Translations.text("board.cell.stale-long", member.value(), kind, position.revision()));
            cell.getStyle().set("background-color", faded(position.kind())).set("background-image", STALE_HATCH)
                    .set("color", "var(--lumo-body-text-color)")
                    .set("outline", "1px dashed " + colour(position.kind())).set("outline-offset", "-1px");
        }
        cell.getElement().setAttribute("title", cell.getElement().getAttribute("aria-label"));
        return cell;
    }

    /** The colour of a stale position: the kind's hue, faded towards white. */
    static String faded(PositionKind kind) {
        return "color-mix(in srgb, " + colour(kind) + " 30%, white)";
    }

    static String colour(PositionKind kind) {
        return switch (kind) {
            case ENDORSE -> "hsl(145, 60%, 30%)";
            case CAN_LIVE_WITH -> "hsl(185, 55%, 30%)";
            case SCRUTINY_RESERVATION, SUBSTANTIVE_RESERVATION -> "hsl(35, 90%, 33%)";
            case OBJECTION -> "hsl(3, 70%, 42%)";
        };
    }
}
