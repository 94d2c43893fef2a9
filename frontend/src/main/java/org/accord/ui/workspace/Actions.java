package org.accord.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.accord.ui.Errors;

/** Buttons that send one command and tell a refusal as a clear notification. */
final class Actions {

    private Actions() {
    }

    static Button button(String id, String label, Runnable command) {
        Button button = new Button(label, event -> Errors.attempt(command));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
