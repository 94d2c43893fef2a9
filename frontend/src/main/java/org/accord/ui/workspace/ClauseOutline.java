package org.accord.ui.workspace;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.DomListenerRegistration;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.position.ClauseStatus;
import org.accord.api.shared.ArticleId;
import org.accord.ui.i18n.Translations;
import org.accord.ui.negotiation.ClauseBadges;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The charter's numbered units in reading order with their status, filtered by status; a unit is
 * selected by click, Enter or Space, and the arrow keys move between units. Live updates change
 * only the units that changed.
 */
class ClauseOutline extends Div {

    /** The keys a unit answers to, pressed on the unit itself (not on its link). */
    static final String KEYS = "event.target === event.currentTarget && ['Enter',' ','ArrowDown','ArrowUp'].includes(event.key)";

    private final Select<ClauseStatus> filter = new Select<>();
    private final Div list = new Div();
    private final Map<ArticleId, Item> items = new HashMap<>();
    private List<ArticleId> order = List.of();
    private ArticleId selected;
    private String editorBase;
    private final Consumer<ArticleId> onSelect;

    ClauseOutline(Consumer<ArticleId> onSelect) {
        this.onSelect = onSelect;
        setId("outline");
        filter.setId("outline-filter");
        filter.setLabel(Translations.text("outline.filter"));
        filter.setItems(ClauseStatus.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(Translations.text("outline.filter.all"));
        filter.setItemLabelGenerator(status -> status == null ? Translations.text("outline.filter.all")
                : ClauseBadges.label(status));
        filter.setWidthFull();
        filter.addValueChangeListener(event -> applyFilter());
        list.setId("articles");
        list.getElement().setAttribute("role", "listbox");
        list.getElement().setAttribute("aria-label", Translations.text("outline.label"));
        add(filter, list);
    }

    /**
     * Shows the units; only the changed ones are re-rendered, a new order re-attaches the same items.
     * {@code editorBase} is the path under which each unit's co-editing page lies, or {@code null}
     * when the person may not edit.
     */
    void update(List<ArticleView> units, String editorBase) {
        this.editorBase = editorBase;
        List<ArticleId> next = units.stream().map(ArticleView::articleId).toList();
        for (ArticleView unit : units) {
            Item item = items.computeIfAbsent(unit.articleId(), id -> new Item(id));
            item.show(unit);
            item.editable(editorBase);
        }
        items.keySet().retainAll(next);
        if (!next.equals(order)) {
            list.removeAll();
            next.forEach(id -> list.add(items.get(id)));
            order = next;
        }
        markSelected();
        applyFilter();
    }

    void select(ArticleId id) {
        selected = id;
        markSelected();
    }

    private void markSelected() {
        items.forEach((id, item) -> item.selected(id.equals(selected)));
    }

    private void applyFilter() {
        ClauseStatus only = filter.getValue();
        items.values().forEach(item -> item.setVisible(only == null || item.status == only));
    }

    private void move(ArticleId from, int step) {
        List<ArticleId> visible = new ArrayList<>(order.stream().filter(id -> items.get(id).isVisible()).toList());
        int at = visible.indexOf(from);
        int to = at + step;
        if (at >= 0 && to >= 0 && to < visible.size()) {
            Item target = items.get(visible.get(to));
            onSelect.accept(target.id);
            target.getElement().callJsFunction("focus");
        }
    }

    /** One unit: heading, status and how much is open on it. */
    private final class Item extends Div {
        private final ArticleId id;
        private final H3 heading = new H3();
        private final Div badges = new Div();
        private ArticleView shown;
        private ClauseStatus status;
        private Anchor edit;

        Item(ArticleId id) {
            this.id = id;
            addClassName("article");
            setId("article-" + id.value());
            getElement().setAttribute("role", "option");
            getElement().setAttribute("tabindex", "0");
            heading.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
            badges.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap")
                    .set("align-items", "baseline").set("font-size", "var(--lumo-font-size-xs)");
            getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-xl) var(--lumo-space-xs) var(--lumo-space-s)")
                    .set("position", "relative").set("cursor", "pointer")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("margin-bottom", "2px");
            add(heading, badges);
            addClickListener(event -> onSelect.accept(id));
            DomListenerRegistration keys = getElement().addEventListener("keydown", event -> {
                String key = event.getEventData().getString("event.key");
                if ("ArrowDown".equals(key)) {
                    move(id, 1);
                } else if ("ArrowUp".equals(key)) {
                    move(id, -1);
                } else {
                    onSelect.accept(id);
                }
            });
            keys.addEventData("event.key");
            keys.setFilter(KEYS);
            keys.preventDefault();
        }

        void show(ArticleView unit) {
            if (Objects.equals(unit, shown)) {
                return;
            }
            shown = unit;
            status = unit.status();
            heading.setText(ClauseBadges.heading(unit));
            badges.removeAll();
            badges.add(ClauseBadges.status(unit.status()));
            long open = unit.amendments().stream().filter(a -> a.state().isOpen()).count();
            if (open > 0) {
                Span amendments = new Span(Translations.text("outline.open-amendments", open));
                amendments.addClassName("open-amendments");
                badges.add(amendments);
            }
            if (unit.positions().stream().anyMatch(p -> !p.current())) {
                badges.add(new Span(Translations.text("outline.stale-positions")));
            }
            getElement().setAttribute("data-status", unit.status().name());
            getElement().setAttribute("aria-label", heading.getText() + ", " + ClauseBadges.label(unit.status()));
            getStyle().set("border-left", "3px solid " + ClauseBadges.colour(unit.status()))
                    .set("margin-left", unit.kind() == ClauseKind.PARAGRAPH ? "var(--lumo-space-l)" : "0");
        }

        /** The link to the unit's full-page co-editor, for those who may edit. */
        void editable(String base) {
            if (base == null && edit != null) {
                remove(edit);
                edit = null;
            } else if (base != null && edit == null) {
                Icon pencil = VaadinIcon.EDIT.create();
                pencil.setSize("var(--lumo-icon-size-s)");
                edit = new Anchor(base + id.value(), pencil);
                edit.setId("edit-" + id.value());
                edit.getElement().setAttribute("aria-label",
                        Translations.text("outline.edit-together", heading.getText()));
                edit.getElement().setAttribute("title", Translations.text("article.edit-together"));
                edit.getStyle().set("position", "absolute").set("top", "var(--lumo-space-xs)")
                        .set("right", "var(--lumo-space-xs)");
                edit.getElement().addEventListener("click", event -> { }).addEventData("event.stopPropagation()");
                add(edit);
            }
        }

        void selected(boolean selected) {
            getElement().setAttribute("aria-selected", String.valueOf(selected));
            getStyle().set("background", selected ? "var(--lumo-primary-color-10pct)" : "transparent");
        }
    }
}
