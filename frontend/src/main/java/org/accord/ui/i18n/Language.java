package org.accord.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a person chose: kept in the Vaadin session (every tab of the session) and in a
 * cookie (the next visit, the login page). Changing it rebuilds the current route in place, so
 * the person stays where they were.
 */
public final class Language {

    static final String COOKIE = "accord-language";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Language() {
    }

    public static Locale current() {
        return Translations.supported(UI.getCurrent().getLocale());
    }

    public static void choose(UI ui, Locale language) {
        Locale chosen = Translations.supported(language);
        if (chosen.equals(Translations.supported(ui.getLocale()))) {
            return;
        }
        ui.getSession().setLocale(chosen);
        ui.setLocale(chosen);
        ui.getPage().executeJs("document.cookie = $0", COOKIE + "=" + chosen.toLanguageTag()
                + "; path=/; max-age=" + ONE_YEAR + "; SameSite=Lax");
        announce(ui);
        ui.refreshCurrentRoute(true);
    }

    /** Tells the browser (and so screen readers and spell checkers) the page's language. */
    static void announce(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0", Translations.supported(ui.getLocale()).toLanguageTag());
    }

    /** The language the cookie of {@code request} names, if any. */
    static Optional<Locale> remembered(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue).findFirst().map(Locale::forLanguageTag).map(Translations::supported);
    }
}
