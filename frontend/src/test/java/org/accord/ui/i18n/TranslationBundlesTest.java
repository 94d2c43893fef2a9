package org.accord.ui.i18n;

import org.accord.api.negotiation.NegotiationStatus;
import org.accord.api.position.ClauseStatus;
import org.accord.api.position.PositionKind;
import org.accord.api.procedure.DecisionRule;
import org.accord.api.shared.RejectionReason;
import org.accord.api.shared.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two message bundles stay complete: the same keys in both, the same parameters in both,
 * a label for every constant of every enum the UI shows, and every key the UI code names.
 */
class TranslationBundlesTest {

    static final Path UI_SOURCES = Path.of("src/main/java/org/accord/ui");
    /** A literal key passed to getTranslation(...) or Translations.text(...). */
    static final Pattern KEY_IN_CODE = Pattern.compile("\\b(?:getTranslation|text)\\(\\s*\"([A-Za-z][\\w-]*(?:\\.[\\w-]+)+)\"");
    static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)[^}]*}");
    static final Set<Class<? extends Enum<?>>> LABELLED = Set.of(Role.class, ClauseStatus.class, PositionKind.class,
            DecisionRule.class, NegotiationStatus.class, RejectionReason.class);

    static Properties english;
    static Properties russian;

    @BeforeAll
    static void load() throws IOException {
        english = bundle("vaadin-i18n/translations.properties");
        russian = bundle("vaadin-i18n/translations_ru.properties");
    }

    static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void both_bundles_have_the_same_keys() {
        assertThat(english.stringPropertyNames()).as("keys missing from the Russian bundle")
                .isSubsetOf(russian.stringPropertyNames());
        assertThat(russian.stringPropertyNames()).as("keys missing from the English bundle")
                .isSubsetOf(english.stringPropertyNames());
    }

    @Test
    void no_value_is_blank_and_both_take_the_same_parameters() {
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(russian.getProperty(key, "x")).as(key).isNotBlank();
            assertThat(parameters(russian.getProperty(key, ""))).as("parameters of " + key)
                    .isEqualTo(parameters(english.getProperty(key)));
        }
    }

    @Test
    void every_value_with_parameters_is_a_valid_pattern() {
        for (Properties bundle : new Properties[]{english, russian}) {
            bundle.stringPropertyNames().stream().filter(key -> !parameters(bundle.getProperty(key)).isEmpty())
                    .forEach(key -> assertThat(new MessageFormat(bundle.getProperty(key), Locale.ROOT)
                            .format(new Object[]{1, 2, 3, 4, 5, 6, 7, 8, 9})).as(key).doesNotContain("{"));
        }
    }

    @Test
    void every_constant_of_a_shown_enum_has_a_label() {
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(english).as("label of " + constant).containsKey(Translations.key(constant));
            }
        }
        for (Locale language : Translations.LANGUAGES) {
            assertThat(english).containsKey("language.name." + language.getLanguage());
        }
    }

    @Test
    void every_key_the_ui_names_is_in_the_bundles() throws IOException {
        Map<String, Path> used = keysInCode();

        assertThat(used).as("the scan found the keys").hasSizeGreaterThan(50);
        Set<String> missing = new TreeSet<>(used.keySet());
        missing.removeAll(english.stringPropertyNames());
        assertThat(missing).as("keys used in code but absent from the bundles").isEmpty();
    }

    static Map<String, Path> keysInCode() throws IOException {
        Map<String, Path> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.put(matcher.group(1), file);
                }
            }
        }
        return keys;
    }

    static Set<String> parameters(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void the_russian_bundle_is_russian() {
        long cyrillic = russian.stringPropertyNames().stream().map(russian::getProperty)
                .filter(value -> value.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC))
                .count();
        assertThat(cyrillic).as("values in Cyrillic (read as UTF-8)").isGreaterThan(russian.size() - 8);
        assertThat(Arrays.asList("Делегация {0}", "Председатель", "Наблюдатель", "В скобках"))
                .allMatch(russian::containsValue);
    }
}
