package org.accord.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message bundles: English is the base bundle and the fallback, Russian the other language.
 * A value is formatted with {@link MessageFormat} only when it has parameters, so only those
 * values double their apostrophes. A missing key is logged and shown as the key itself.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** The languages of the UI; the first is the default. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, RUSSIAN);
    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String value;
        try {
            value = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            log.warn("No translation for '{}' in {}", key, locale);
            return key;
        }
        return params.length == 0 ? value : new MessageFormat(value, locale).format(params);
    }

    /** The text of {@code key} in the current UI's language. */
    public static String text(String key, Object... params) {
        return I18NProvider.translate(key, params);
    }

    /** The label of an enum constant: the key is the enum's simple name, a dot and the constant. */
    public static String label(Enum<?> value) {
        return text(key(value));
    }

    public static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** The supported language closest to {@code locale}: Russian for any Russian, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && RUSSIAN.getLanguage().equals(locale.getLanguage()) ? RUSSIAN : ENGLISH;
    }
}
