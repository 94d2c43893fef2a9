package org.accord.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.api.amendment.AmendmentId;
import org.accord.api.amendment.AmendmentView;
import org.accord.api.negotiation.Capabilities;
import org.accord.api.negotiation.Capability;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;
import org.accord.ui.i18n.UserTime;
import org.accord.ui.negotiation.NegotiationClient;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Amendments that propose a new article: each with its heading and wording (all of it inserted),
 * proposer, co-sponsors, justification and state, and the actions the server grants on it; and,
 * for member delegations, the form to propose one. The chair's incorporation adds the article.
 */
final class NewArticleProposals extends Div {

    private final NegotiationClient client;
    private final Div list = new Div();
    private final Paragraph none = new Paragraph(Translations.text("proposals.none"));
    private final Div form;
    private final TextField heading = new TextField(Translations.text("proposals.heading"));
    private final TextArea wording = new TextArea(Translations.text("proposals.wording"));
    private final TextArea justification = new TextArea(Translations.text("proposals.justification"));
    private NegotiationId negotiation;
    private List<Object> shown;

    NewArticleProposals(NegotiationClient client) {
        this.client = client;
        setId("new-article-proposals");
        setWidthFull();
        list.setId("proposals");
        none.getStyle().set("color", "var(--lumo-secondary-text-color)");
        heading.setId("proposal-heading");
        heading.setWidthFull();
        wording.setId("proposal-wording");
        wording.setWidthFull();
        justification.setId("proposal-justification");
        justification.setWidthFull();
        Button propose = Actions.button("propose-article", Translations.text("proposals.propose"), this::propose);
        form = new Div(new H4(Translations.text("proposals.form")), heading, wording, justification, propose);
        form.setId("proposal-form");
        form.getStyle().set("max-width", "40rem");
        add(new H3(Translations.text("proposals.title")), none, list, form);
    }

    void show(NegotiationId id, List<AmendmentView> proposals, Capabilities granted) {
        negotiation = id;
        form.setVisible(granted.may(Capability.TABLE_AMENDMENT));
        List<Object> next = List.of(proposals, granted);
        if (Objects.equals(next, shown)) {
            return;
        }
        shown = next;
        list.removeAll();
        proposals.forEach(proposal -> list.add(card(proposal, granted)));
        none.setVisible(proposals.isEmpty());
    }

    private Div card(AmendmentView proposal, Capabilities granted) {
        String id = proposal.amendmentId().value();
        Div card = new Div();
        card.setId("proposal-" + id);
        card.addClassName("proposal");
        card.getElement().setAttribute("data-state", proposal.state().name());
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("border-left", "3px solid var(--lumo-success-color)").set("background", "var(--lumo-contrast-5pct)");
        H4 title = new H4(proposal.heading());
        title.getStyle().set("margin", "0");
        Span state = new Span(" · " + Translations.label(proposal.state()));
        Paragraph text = new Paragraph();
        com.vaadin.flow.dom.Element inserted = new com.vaadin.flow.dom.Element("ins");
        inserted.setText(proposal.text());
        text.getElement().appendChild(inserted);
        text.getElement().setAttribute("aria-label", Translations.text("proposals.inserted", proposal.text()));
        text.getStyle().set("white-space", "pre-wrap").set("color", "var(--lumo-success-text-color)");
        String sponsors = proposal.cosponsors().stream().map(DelegationCode::value).collect(Collectors.joining(", "));
        Paragraph who = new Paragraph(Translations.text("proposals.by", proposal.proposer().value(),
                sponsors.isEmpty() ? "—" : sponsors) + " · " + Translations.text("proposals.tabled", proposal.tabledBy(),
                UserTime.dateTime(proposal.tabledAt())));
        who.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        card.add(new Div(title, state), text, who);
        if (!proposal.justification().isBlank()) {
            card.add(new Paragraph(Translations.text("amendments.justification", proposal.justification())));
        }
        card.add(actions(proposal, granted));
        return card;
    }

    private Div actions(AmendmentView proposal, Capabilities granted) {
        AmendmentId amendment = proposal.amendmentId();
        String id = amendment.value();
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        if (granted.mayCosponsor(proposal)) {
            actions.add(Actions.button("cosponsor-" + id, Translations.text("amendments.cosponsor"),
                    () -> client.cosponsorAmendment(negotiation, amendment)));
        }
        if (granted.mayLeave(proposal)) {
            actions.add(Actions.button("leave-" + id, Translations.text("amendments.leave"),
                    () -> client.leaveAmendment(negotiation, amendment)));
        }
        if (granted.mayWithdraw(proposal)) {
            actions.add(Actions.button("withdraw-" + id, Translations.text("amendments.withdraw"),
                    () -> client.withdrawAmendment(negotiation, amendment)));
        }
        if (granted.mayDecide(proposal)) {
            actions.add(Actions.button("incorporate-" + id, Translations.text("amendments.incorporate"),
                    () -> client.incorporateAmendment(negotiation, amendment)));
            TextField reason = new TextField();
            reason.setId("reject-reason-" + id);
            reason.setPlaceholder(Translations.text("amendments.reject-reason"));
            reason.getElement().setAttribute("aria-label", Translations.text("amendments.reject-reason"));
            actions.add(reason, Actions.button("reject-" + id, Translations.text("amendments.reject"),
                    () -> client.rejectAmendment(negotiation, amendment, reason.getValue())));
        }
        return actions;
    }

    private void propose() {
        if (Errors.attempt(() -> client.proposeArticle(negotiation, heading.getValue(), wording.getValue(),
                justification.getValue()))) {
            heading.clear();
            wording.clear();
            justification.clear();
        }
    }
}
