/**
 * The UI's language and time: every string a person reads comes from the message bundles
 * ({@code vaadin-i18n/translations.properties}, English, and {@code translations_ru.properties},
 * Russian) through {@link org.accord.ui.i18n.Translations}; the chosen language is kept in the
 * Vaadin session and a cookie ({@link org.accord.ui.i18n.Language}); dates and times are shown
 * in the browser's time zone ({@link org.accord.ui.i18n.UserTime}). See ADR 0015.
 */
package org.accord.ui.i18n;
