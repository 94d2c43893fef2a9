package org.accord.ui.coediting;

import com.vaadin.flow.component.ComponentUtil;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The wrapper configures the web component through element properties and relays its events. */
class ClauseEditorTest {

    @Test
    void setters_become_the_properties_the_web_component_reads() {
        ClauseEditor editor = new ClauseEditor("neg-1", "art-2");
        editor.setReadonly(true);
        editor.setShowAuthorship(true);
        editor.setLabel("Article 2");

        assertThat(editor.getElement().getTag()).isEqualTo("accord-clause-editor");
        assertThat(editor.getElement().getProperty("negotiationId")).isEqualTo("neg-1");
        assertThat(editor.getElement().getProperty("clauseId")).isEqualTo("art-2");
        assertThat(editor.getElement().getProperty("readonly", false)).isTrue();
        assertThat(editor.getElement().getProperty("showAuthorship", false)).isTrue();
        assertThat(editor.getElement().getProperty("label")).isEqualTo("Article 2");
    }

    @Test
    void relays_status_and_revision_events() {
        ClauseEditor editor = new ClauseEditor();
        List<String> seen = new ArrayList<>();
        editor.addStatusChangeListener(event -> seen.add(event.getStatus()));
        editor.addRevisionChangeListener(event -> seen.add("r" + event.getRevision()));

        ComponentUtil.fireEvent(editor, new ClauseEditor.StatusChangeEvent(editor, true, "connected"));
        ComponentUtil.fireEvent(editor, new ClauseEditor.RevisionChangeEvent(editor, true, 7));

        assertThat(seen).containsExactly("connected", "r7");
    }
}
