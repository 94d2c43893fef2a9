package org.accord.ui.notification;

import org.accord.api.notification.NotificationKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of notification has its sentence in both languages, naming who acted. */
class NotificationSentencesTest {

    @Test
    void every_kind_has_a_sentence_in_english_and_russian_that_names_who_acted() throws IOException {
        for (String bundle : new String[]{"translations.properties", "translations_ru.properties"}) {
            Properties sentences = load(bundle);
            for (NotificationKind kind : NotificationKind.values()) {
                String pattern = sentences.getProperty("NotificationKind." + kind.name());
                assertThat(pattern).as(bundle + " " + kind).isNotBlank();
                String sentence = new MessageFormat(pattern, Locale.ROOT).format(new Object[]{"WHO", "CLAUSE", "SYMBOL"});
                assertThat(sentence).as(bundle + " " + kind).contains("WHO");
                if (kind == NotificationKind.AMENDMENT_TABLED || kind == NotificationKind.WORDING_CHANGED) {
                    assertThat(sentence).as(bundle + " " + kind).contains("CLAUSE");
                }
                if (kind == NotificationKind.MILESTONE_ISSUED) {
                    assertThat(sentence).as(bundle + " " + kind).contains("SYMBOL");
                }
            }
        }
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(NotificationSentencesTest.class
                .getResourceAsStream("/vaadin-i18n/" + bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
