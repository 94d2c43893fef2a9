package org.accord.ui.workspace;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.accord.api.amendment.AmendmentView;
import org.accord.ot.diff.WordDiff;
import org.accord.ui.i18n.Translations;

import java.util.List;

/**
 * A wording with its changes marked as track changes: {@code <del>} struck out in red and
 * {@code <ins>} underlined in green, each announced to screen readers by a hidden word
 * ("deleted:", "inserted:"), since most of them say nothing of the elements themselves. Public for
 * the history: its comparison of two points marks wording the same way, and its time travel draws
 * amendments as they stood at a point.
 */
public final class TrackChanges {

    @Tag("ins")
    public static final class Ins extends HtmlContainer {
    }

    @Tag("del")
    public static final class Del extends HtmlContainer {
    }

    private TrackChanges() {
    }

    public static Div of(List<WordDiff.Segment> segments) {
        Div wording = new Div();
        wording.addClassName("track-changes");
        wording.getStyle().set("white-space", "pre-wrap").set("line-height", "1.6");
        for (WordDiff.Segment segment : segments) {
            switch (segment.kind()) {
                case SAME -> wording.add(new Span(segment.text()));
                case DELETED -> {
                    Del del = new Del();
                    del.add(hidden(Translations.text("diff.deleted")), new Span(segment.text()));
                    del.getStyle().set("color", "var(--lumo-error-text-color)").set("background", "var(--lumo-error-color-10pct)");
                    wording.add(del);
                }
                case INSERTED -> {
                    Ins ins = new Ins();
                    ins.add(hidden(Translations.text("diff.inserted")), new Span(segment.text()));
                    ins.getStyle().set("color", "var(--lumo-success-text-color)").set("background", "var(--lumo-success-color-10pct)");
                    wording.add(ins);
                }
            }
        }
        return wording;
    }

    /** An amendment drawn as track changes on the wording it was written on; also used by the history's time travel. */
    public static Div amendment(AmendmentView amendment) {
        return of(of(amendment));
    }

    /** The diff of an amendment against the wording it was written on (ADR 0016). */
    static List<WordDiff.Segment> of(AmendmentView amendment) {
        String base = amendment.baseWording() == null ? "" : amendment.baseWording();
        int length = base.codePointCount(0, base.length());
        if (amendment.from() <= amendment.to() && amendment.to() <= length
                && replaced(base, amendment.from(), amendment.to()).equals(amendment.baseReplaced())) {
            return WordDiff.of(base, amendment.from(), amendment.to(), amendment.text());
        }
        // rebased: from and to now count in a later wording; the replaced words are still known
        return Phrases.find(base, amendment.baseReplaced(), 1)
                .map(range -> WordDiff.of(base, range[0], range[1], amendment.text()))
                .orElseGet(() -> WordDiff.of(amendment.baseReplaced(), 0,
                        amendment.baseReplaced().codePointCount(0, amendment.baseReplaced().length()), amendment.text()));
    }

    private static String replaced(String base, int from, int to) {
        int start = base.offsetByCodePoints(0, from);
        return base.substring(start, base.offsetByCodePoints(start, to - from));
    }

    private static Span hidden(String text) {
        Span span = new Span(text + " ");
        span.addClassName("sr-only");
        span.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px").set("overflow", "hidden")
                .set("clip", "rect(0 0 0 0)").set("white-space", "nowrap");
        return span;
    }
}
