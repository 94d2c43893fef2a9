package org.accord.ui.workspace;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.api.negotiation.NegotiationCommands;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;

import java.util.function.Consumer;

/** The chair's form to add an article at the end of the draft. */
class AddArticleForm extends Composite<Details> {

    record Draft(String heading, String text) {
    }

    private final TextField heading = new TextField(Translations.text("article-form.heading"));
    private final TextArea text = new TextArea(Translations.text("article-form.text"));
    private final Button add = new Button(Translations.text("article-form.add"));
    private Consumer<Draft> submit = draft -> {
    };

    AddArticleForm() {
        heading.setId("new-article-heading");
        heading.setMaxLength(NegotiationCommands.MAX_HEADING);
        heading.setWidthFull();
        text.setId("new-article-text");
        text.setMaxLength(NegotiationCommands.MAX_ARTICLE_TEXT);
        text.setWidthFull();
        add.setId("add-article");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> submit());
        VerticalLayout body = new VerticalLayout(heading, text, add);
        body.setPadding(false);
        getContent().setSummaryText(Translations.text("article-form.summary"));
        getContent().add(body);
        getContent().setOpened(true);
    }

    void onSubmit(Consumer<Draft> submit) {
        this.submit = submit;
    }

    private void submit() {
        try {
            submit.accept(new Draft(heading.getValue(), text.getValue()));
            heading.clear();
            text.clear();
            heading.focus();
        } catch (RuntimeException e) {
            Errors.show(e);
        }
    }
}
