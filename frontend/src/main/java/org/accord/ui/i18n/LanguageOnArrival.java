package org.accord.ui.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Applies the remembered language to every new session (from the cookie) and every new tab (from
 * the session); without either, Vaadin's choice from the browser's languages stands, English
 * when the browser asks for neither English nor Russian.
 */
@Component
class LanguageOnArrival implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init ->
                Language.remembered(init.getRequest()).ifPresent(init.getSession()::setLocale));
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(Translations.supported(init.getUI().getSession().getLocale()));
            Language.announce(init.getUI());
        });
    }
}
