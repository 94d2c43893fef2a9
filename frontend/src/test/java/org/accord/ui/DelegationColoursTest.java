package org.accord.ui;

import org.accord.api.shared.DelegationCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java colours and the co-editor's colours are the same, so carets and badges agree. */
class DelegationColoursTest {

    static final Path EDITOR_COLOURS = Path.of("src/main/frontend/editor/delegation-colours.ts");

    @Test
    void the_java_colours_are_those_of_the_editor() throws IOException {
        String source = Files.readString(EDITOR_COLOURS);
        Map<String, String> editor = new HashMap<>();
        Matcher entry = Pattern.compile("\\b([A-Z]{3,5}): '(#[0-9A-Fa-f]{6})'").matcher(source);
        while (entry.find()) {
            editor.put(entry.group(1), entry.group(2));
        }
        Matcher unknown = Pattern.compile("UNKNOWN_AUTHOR_COLOUR = '(#[0-9A-Fa-f]{6})'").matcher(source);

        assertThat(editor).hasSize(6);
        assertThat(editor.remove("CHAIR")).isEqualTo(DelegationColours.CHAIR);
        assertThat(DelegationColours.MEMBERS).isEqualTo(editor);
        assertThat(unknown.find()).isTrue();
        assertThat(unknown.group(1)).isEqualTo(DelegationColours.UNKNOWN);
    }

    @Test
    void the_chair_is_grey_and_an_unknown_delegation_lighter_grey() {
        assertThat(DelegationColours.of(null)).isEqualTo(DelegationColours.CHAIR);
        assertThat(DelegationColours.of(DelegationCode.of("KAZ"))).isEqualTo("#00AFCA");
        assertThat(DelegationColours.of(DelegationCode.of("UN"))).isEqualTo(DelegationColours.UNKNOWN);
    }
}
