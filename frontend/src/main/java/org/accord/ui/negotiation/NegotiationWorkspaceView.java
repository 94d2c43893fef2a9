package org.accord.ui.negotiation;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.accord.api.silence.SilenceView;
import org.accord.ui.MainLayout;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;
import org.accord.ui.live.LiveSubscription;
import org.accord.ui.security.CurrentUser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** One negotiation: who takes part and the articles of the draft, live; the chair adds articles. */
@Route(value = "negotiations/:negotiationId", layout = MainLayout.class)
@PermitAll
public class NegotiationWorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "negotiationId";

    private final NegotiationClient client;
    private final Optional<Actor> actor;
    private final H2 title = new H2();
    private final Paragraph participants = new Paragraph();
    private final Paragraph procedure = new Paragraph();
    private final Paragraph disclosure = new Paragraph();
    private final Div articles = new Div();
    private final AddArticleForm addArticle;
    private Registration live;
    private final Map<ArticleId, Div> cards = new HashMap<>();
    private List<ArticleView> shown = List.of();
    /** The negotiation whose articles the person may edit, or null: then no card offers the editor. */
    private NegotiationId editable;
    private NegotiationId renderedFor;
    private NegotiationView last;

    public NegotiationWorkspaceView(NegotiationClient client, CurrentUser currentUser) {
        this.client = client;
        this.actor = currentUser.actor();
        title.setId("negotiation-title");
        participants.setId("participants");
        procedure.setId("procedure");
        disclosure.setId("disclosure");
        disclosure.setVisible(false);
        articles.setId("articles");
        addArticle = new AddArticleForm();
        addArticle.setVisible(false);
        add(title, participants, procedure, disclosure, addArticle, new H3(getTranslation("workspace.articles")), articles);
        UserTime.whenKnown(this, () -> {
            if (last != null) {
                procedure.setText(procedureLine(last));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        NegotiationId id = NegotiationId.of(event.getRouteParameters().get(ID).orElseThrow());
        if (live != null) {
            live.remove();
        }
        addArticle.onSubmit(draft -> client.addArticle(id, draft.heading(), draft.text()));
        live = LiveSubscription.bind(this, () -> client.watchNegotiation(id),
                initial -> initial.ifPresentOrElse(this::show, this::notFound), this::show);
    }

    private void show(NegotiationView negotiation) {
        last = negotiation;
        title.setText(negotiation.title());
        participants.setText(Translations.text("workspace.participants", negotiation.chairName(),
                names(negotiation, true), names(negotiation, false)));
        procedure.setText(procedureLine(negotiation));
        boolean observing = actor.map(a -> negotiation.observers().stream()
                .anyMatch(d -> d.code().equals(a.delegation()))).orElse(false);
        disclosure.setVisible(observing);
        disclosure.setText(observing ? disclosureLine(negotiation) : "");
        addArticle.setVisible(actor.map(a -> a.isChair() && a.username().equals(negotiation.chair())).orElse(false));
        boolean participant = actor.map(a -> a.isChair() || negotiation.delegations().stream()
                .anyMatch(d -> d.member() && d.code().equals(a.delegation()) && a.role() != Role.OBSERVER)).orElse(false);
        editable = participant ? negotiation.negotiationId() : null;
        showArticles(negotiation.articles());
    }

    /**
     * Only what changed is sent to the browsers: an unchanged article keeps its card, a changed one
     * is replaced in place, new ones are appended; only a reordering rebuilds the list.
     */
    private void showArticles(List<ArticleView> next) {
        List<ArticleId> before = shown.stream().map(ArticleView::articleId).toList();
        List<ArticleId> after = next.stream().map(ArticleView::articleId).toList();
        boolean appendOnly = after.size() >= before.size() && after.subList(0, before.size()).equals(before);
        if (!appendOnly || !Objects.equals(editable, renderedFor)) {
            articles.removeAll();
            cards.clear();
        }
        for (ArticleView article : next) {
            Div card = cards.get(article.articleId());
            if (card == null) {
                card = render(article, editable);
                articles.add(card);
            } else if (!shown.get(before.indexOf(article.articleId())).equals(article)) {
                Div fresh = render(article, editable);
                articles.replace(card, fresh);
                card = fresh;
            }
            cards.put(article.articleId(), card);
        }
        shown = List.copyOf(next);
        renderedFor = editable;
    }

    private static String procedureLine(NegotiationView negotiation) {
        StringBuilder line = new StringBuilder(Translations.text("workspace.rule",
                Translations.label(negotiation.decisionRule())))
                .append(" · ").append(Translations.text("workspace.share-agreed",
                        Math.round(negotiation.shareAgreed() * 100)));
        negotiation.silences().stream().filter(s -> s.state() == SilenceView.State.OPEN).forEach(s ->
                line.append(" · ").append(Translations.text("workspace.under-silence",
                        UserTime.dateTimeWithZone(s.expiresAt()))));
        if (!negotiation.milestones().isEmpty()) {
            line.append(" · ").append(Translations.text("workspace.latest-text",
                    negotiation.milestones().get(negotiation.milestones().size() - 1).documentSymbol()));
        }
        if (negotiation.adoption() != null) {
            line.append(" · ").append(negotiation.adoption().bySilence()
                    ? Translations.text("workspace.adopted-by-silence") : Translations.text("workspace.adopted"));
        }
        return line.toString();
    }

    /** What the server discloses to an observer under the rules of procedure (ADR 0011). */
    private static String disclosureLine(NegotiationView negotiation) {
        return switch (negotiation.confidentiality().mode()) {
            case LIVE -> Translations.text("disclosure.live");
            case DELAYED -> Translations.text("disclosure.delayed", negotiation.confidentiality().delayMinutes());
            case MILESTONES_ONLY -> negotiation.milestones().isEmpty()
                    ? Translations.text("disclosure.milestones-none-yet") : Translations.text("disclosure.milestones");
        };
    }

    private void notFound() {
        title.setText(getTranslation("workspace.not-found"));
    }

    private static String names(NegotiationView negotiation, boolean members) {
        return negotiation.delegations().stream().filter(d -> d.member() == members)
                .map(DelegationView::code).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static Div render(ArticleView article, NegotiationId editable) {
        H3 heading = new H3(ClauseBadges.heading(article));
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-xs) 0");
        Span status = ClauseBadges.status(article.status());
        Span revision = new Span(Translations.text("article.revision", article.revision()));
        revision.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin-left", "var(--lumo-space-s)");
        Div title = new Div(heading, status, revision);
        title.getStyle().set("display", "flex").set("align-items", "baseline").set("gap", "var(--lumo-space-s)")
                .set("flex-wrap", "wrap");
        Paragraph text = new Paragraph(article.text());
        text.getStyle().set("margin", "var(--lumo-space-xs) 0").set("white-space", "pre-wrap");
        Span by = new Span(Translations.text("article.added-by", article.addedBy()) + ClauseBadges.summary(article));
        by.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div card = new Div(title, text, ClauseBadges.positions(article), by);
        if (editable != null) {
            Anchor edit = new Anchor("negotiations/" + editable.value() + "/clauses/" + article.articleId().value(),
                    Translations.text("article.edit-together"));
            edit.setId("edit-" + article.articleId().value());
            edit.getStyle().set("margin-left", "var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)");
            card.add(edit);
        }
        card.addClassName("article");
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)")
                .set("border-left", "3px solid " + ClauseBadges.colour(article.status()))
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        card.setId("article-" + article.articleId());
        if (article.kind() == ClauseKind.PARAGRAPH) {
            card.getStyle().set("margin-left", "var(--lumo-space-xl)");
        } else if (article.kind() == ClauseKind.PREAMBLE) {
            text.getStyle().set("font-style", "italic");
        }
        card.getElement().setAttribute("role", "article");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title");
    }
}
