package org.accord.ui.i18n;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;

import java.util.Locale;

/** Chooses the UI's language; each language is named in itself, so anyone finds their own. */
public class LanguageSwitch extends Composite<Select<Locale>> {

    public LanguageSwitch() {
        Select<Locale> select = getContent();
        select.setId("language");
        select.setItems(Translations.LANGUAGES);
        select.setItemLabelGenerator(language -> Translations.text("language.name." + language.getLanguage()));
        select.setAriaLabel(Translations.text("language.label"));
        select.setTooltipText(Translations.text("language.label"));
        select.setWidth("9em");
        select.setValue(Language.current());
        select.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                select.getUI().ifPresent(ui -> Language.choose(ui, change.getValue()));
            }
        });
    }
}
