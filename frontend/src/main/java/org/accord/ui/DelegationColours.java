package org.accord.ui;

import com.vaadin.flow.component.html.Span;
import org.accord.api.shared.DelegationCode;

import java.util.Map;

/**
 * The colour of each delegation, the same as the co-editor's carets and authorship
 * ({@code frontend/editor/delegation-colours.ts}; a test keeps the two equal): five hues far
 * apart and grey for the chair, all dark enough for white text.
 */
public final class DelegationColours {

    public static final String CHAIR = "#6B7280";
    public static final String UNKNOWN = "#9CA3AF";
    static final Map<String, String> MEMBERS = Map.of(
            "KAZ", "#00AFCA",
            "KGZ", "#E8112D",
            "TJK", "#006600",
            "TKM", "#8E44AD",
            "UZB", "#1E6FD9");

    private DelegationColours() {
    }

    /** The colour of a delegation; the chair's for {@code null} (the chair belongs to none). */
    public static String of(DelegationCode delegation) {
        return delegation == null ? CHAIR : MEMBERS.getOrDefault(delegation.value(), UNKNOWN);
    }

    /** A delegation's code on its colour; {@code text} names it for people, e.g. "KAZ" or "Chair". */
    public static Span badge(DelegationCode delegation, String text) {
        return paint(new Span(text), delegation);
    }

    /** Shows {@code span} as a badge in the colour of {@code delegation} (the chair's for {@code null}). */
    public static Span paint(Span badge, DelegationCode delegation) {
        badge.addClassName("delegation-badge");
        badge.getStyle().set("background", of(delegation)).set("color", "white").set("font-weight", "600")
                .set("padding", "0 var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap");
        return badge;
    }
}
