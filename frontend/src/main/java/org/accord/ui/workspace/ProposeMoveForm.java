package org.accord.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.api.drafting.ClauseKind;
import org.accord.api.negotiation.ArticleView;
import org.accord.api.shared.ArticleId;
import org.accord.ui.i18n.Translations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposing to move the selected article: the article it should follow (or the top of the charter)
 * and a justification; tabled as an amendment of kind move, which the chair decides like any other.
 * The choice survives live updates as long as the chosen article exists.
 */
class ProposeMoveForm extends Details {

    interface Submit {
        boolean propose(ArticleId after, String justification);
    }

    private final Select<ArticleId> after = new Select<>();
    private final TextArea justification = new TextArea(Translations.text("move.justification"));
    private final Map<ArticleId, ArticleView> articles = new LinkedHashMap<>();
    private List<ArticleId> items = List.of();

    ProposeMoveForm(Submit submit) {
        setSummaryText(Translations.text("move.summary"));
        setId("propose-move-form");
        after.setId("move-after");
        after.setLabel(Translations.text("move.after"));
        after.setEmptySelectionAllowed(true);
        after.setEmptySelectionCaption(Translations.text("move.top"));
        after.setItemLabelGenerator(id -> id == null ? Translations.text("move.top") : label(articles.get(id)));
        after.setWidthFull();
        justification.setId("move-justification");
        justification.setWidthFull();
        Button propose = new Button(Translations.text("move.propose"), event -> {
            if (submit.propose(after.getValue(), justification.getValue())) {
                justification.clear();
                after.clear();
            }
        });
        propose.setId("propose-move");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(after, justification, new Div(propose));
    }

    /** The article to move and the charter's articles as they stand now (the targets). */
    void setArticles(ArticleView moved, List<ArticleView> all) {
        articles.clear();
        all.stream().filter(article -> article.kind() == ClauseKind.ARTICLE && !article.articleId().equals(moved.articleId()))
                .forEach(article -> articles.put(article.articleId(), article));
        ArticleId chosen = after.getValue();
        List<ArticleId> targets = List.copyOf(articles.keySet());
        if (!targets.equals(items)) {
            items = targets;
            after.setItems(targets);
        } else {
            after.getDataProvider().refreshAll(); // numbers and headings may have changed
        }
        after.setValue(chosen != null && articles.containsKey(chosen) ? chosen : null);
    }

    static String label(ArticleView article) {
        return Translations.text("move.after-article", article.number(), article.heading());
    }
}
