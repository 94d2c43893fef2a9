package org.accord.ui.board;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import org.accord.api.position.EndorsementMatrix;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.ui.i18n.Translations;
import org.accord.ui.negotiation.ClauseBadges;

import java.util.Map;

/**
 * The matrix as a real table: a column header per member delegation, a row header per clause
 * in reading order with its consensus status, a cell per position. Position and currency are
 * told by text and an accessible label as well as by colour and hatching.
 */
final class MatrixTable extends Div {

    MatrixTable() {
        setId("board-matrix");
        // a scrolling region at tablet width: focusable, so the keyboard can scroll it
        getElement().setAttribute("role", "region");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", Translations.text("board.matrix.caption"));
        getStyle().set("overflow-x", "auto").set("max-width", "100%");
    }

    void show(EndorsementMatrix matrix, Map<ArticleId, String> headings) {
        removeAll();
        NativeTable table = new NativeTable();
        table.setId("board-table");
        table.setCaptionText(Translations.text("board.matrix.caption"));
        table.getStyle().set("border-collapse", "separate").set("border-spacing", "2px")
                .set("font-size", "var(--lumo-font-size-s)");
        NativeTableRow head = table.getHead().addRow();
        column(head, Translations.text("board.matrix.clause"));
        column(head, Translations.text("board.matrix.status"));
        for (DelegationCode member : matrix.members()) {
            NativeTableHeaderCell cell = column(head, member.value());
            cell.setId("board-member-" + member.value());
            long current = matrix.rows().stream().map(row -> row.cells().get(member))
                    .filter(position -> position != null && position.current()).count();
            Span count = new Span(Translations.text("board.matrix.member-current", current, matrix.rows().size()));
            count.getStyle().set("display", "block").set("font-weight", "normal")
                    .set("color", "var(--lumo-secondary-text-color)");
            cell.add(count);
        }
        for (EndorsementMatrix.Row row : matrix.rows()) {
            table.getBody().addRows(row(row, matrix, headings));
        }
        add(table);
    }

    private static NativeTableRow row(EndorsementMatrix.Row row, EndorsementMatrix matrix,
                                      Map<ArticleId, String> headings) {
        NativeTableRow line = new NativeTableRow();
        line.setId("board-row-" + row.clauseId().value());
        line.getElement().setAttribute("data-status", row.status().name());
        NativeTableHeaderCell clause = line.addHeaderCell();
        clause.getElement().setAttribute("scope", "row");
        clause.setText(headings.getOrDefault(row.clauseId(), row.number() + ". " + row.heading()));
        clause.getStyle().set("text-align", "start").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("max-width", "16em");
        NativeTableCell status = line.addDataCell();
        status.add(ClauseBadges.status(row.status()));
        for (DelegationCode member : matrix.members()) {
            NativeTableCell cell = PositionCells.cell(member, row);
            line.add(cell);
        }
        return line;
    }

    private static NativeTableHeaderCell column(NativeTableRow head, String text) {
        NativeTableHeaderCell cell = head.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", "col");
        cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("vertical-align", "bottom");
        return cell;
    }
}
