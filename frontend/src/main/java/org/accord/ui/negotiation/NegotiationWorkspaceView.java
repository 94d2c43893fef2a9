package org.accord.ui.negotiation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.negotiation.DelegationView;
import org.accord.api.negotiation.NegotiationView;
import org.accord.api.shared.Actor;
import org.accord.api.shared.NegotiationId;
import org.accord.ui.MainLayout;
import org.accord.ui.live.LiveSubscription;
import org.accord.ui.security.CurrentUser;

import java.util.Optional;
import java.util.stream.Collectors;

/** One negotiation: who takes part and the articles of the draft, live; the chair adds articles. */
@Route(value = "negotiations/:negotiationId", layout = MainLayout.class)
@PageTitle("Negotiation · Accord")
@PermitAll
public class NegotiationWorkspaceView extends VerticalLayout implements BeforeEnterObserver {

    static final String ID = "negotiationId";

    private final NegotiationClient client;
    private final Optional<Actor> actor;
    private final H2 title = new H2();
    private final Paragraph participants = new Paragraph();
    private final Div articles = new Div();
    private final AddArticleForm addArticle;
    private Registration live;

    public NegotiationWorkspaceView(NegotiationClient client, CurrentUser currentUser) {
        this.client = client;
        this.actor = currentUser.actor();
        title.setId("negotiation-title");
        participants.setId("participants");
        articles.setId("articles");
        addArticle = new AddArticleForm();
        addArticle.setVisible(false);
        add(title, participants, addArticle, new H3("Articles"), articles);
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
        title.setText(negotiation.title());
        participants.setText("Chair: " + negotiation.chairName()
                + " · Members: " + names(negotiation, true)
                + " · Observers: " + names(negotiation, false));
        addArticle.setVisible(actor.map(a -> a.isChair() && a.username().equals(negotiation.chair())).orElse(false));
        articles.removeAll();
        negotiation.articles().forEach(article -> articles.add(render(article)));
    }

    private void notFound() {
        title.setText("No such negotiation");
    }

    private static String names(NegotiationView negotiation, boolean members) {
        return negotiation.delegations().stream().filter(d -> d.member() == members)
                .map(DelegationView::code).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static Div render(ArticleView article) {
        H3 heading = new H3("Article " + article.number() + ". " + article.heading());
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
        heading.getStyle().set("margin", "var(--lumo-space-xs) 0");
        Paragraph text = new Paragraph(article.text());
        text.getStyle().set("margin", "var(--lumo-space-xs) 0").set("white-space", "pre-wrap");
        Span by = new Span("Added by " + article.addedBy());
        by.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div card = new Div(heading, text, by);
        card.addClassName("article");
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)")
                .set("border-left", "3px solid var(--lumo-primary-color-50pct)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        card.setId("article-" + article.articleId());
        card.getElement().setAttribute("role", "article");
        return card;
    }
}
