package org.accord.ui.history;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stored event of the api (a record with {@code @Revision}: the events the timeline records,
 * the same set {@code EventRoutes} lists) has a sentence and a readable kind in both languages, and
 * each sentence fills exactly the places its act provides.
 */
class TimelineSentencesTest {

    static Properties english;
    static Properties russian;
    static Set<String> events;

    @BeforeAll
    static void load() throws IOException {
        english = bundle("translations.properties");
        russian = bundle("translations_ru.properties");
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        events = scanner.findCandidateComponents("org.accord.api").stream().map(BeanDefinition::getBeanClassName)
                .map(name -> name.substring(name.lastIndexOf('.') + 1)).collect(Collectors.toCollection(TreeSet::new));
    }

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TimelineSentencesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void the_scan_finds_the_stored_events() {
        assertThat(events).hasSizeGreaterThanOrEqualTo(35)
                .contains("AmendmentTabled", "AmendmentIncorporated", "ClauseEdited", "PositionDeclared", "MilestoneIssued");
    }

    @Test
    void every_stored_event_has_its_places_a_sentence_and_a_kind_in_both_languages() {
        assertThat(TimelineSentences.SLOTS.keySet()).as("acts with places").containsExactlyInAnyOrderElementsOf(events);
        for (String event : events) {
            for (Properties bundle : new Properties[]{english, russian}) {
                assertThat(bundle.getProperty(TimelineSentences.PREFIX + event)).as("sentence of " + event).isNotBlank();
                assertThat(bundle.getProperty("history.kind." + event)).as("kind of " + event).isNotBlank();
            }
        }
    }

    @Test
    void each_sentence_names_who_acted_and_fills_every_place_it_has() {
        for (String event : events) {
            int places = TimelineSentences.SLOTS.get(event).size();
            Object[] values = new Object[places];
            for (int i = 0; i < places; i++) {
                values[i] = "<" + i + ">";
            }
            for (Properties bundle : new Properties[]{english, russian}) {
                String sentence = new MessageFormat(bundle.getProperty(TimelineSentences.PREFIX + event), Locale.ROOT)
                        .format(values);
                assertThat(sentence).as(event).doesNotContain("{").contains("<0>");
                for (int i = 0; i < places; i++) {
                    assertThat(sentence).as(event + " place " + i).contains("<" + i + ">");
                }
            }
        }
    }

    @Test
    void an_unknown_act_has_a_generic_sentence_in_both_languages() {
        for (Properties bundle : new Properties[]{english, russian}) {
            String sentence = new MessageFormat(bundle.getProperty(TimelineSentences.UNKNOWN), Locale.ROOT)
                    .format(new Object[]{"WHO", "SomethingHappened", "CLAUSE"});
            assertThat(sentence).contains("WHO", "SomethingHappened", "CLAUSE");
        }
    }
}
