package org.accord.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/** Application shell: every screen is live over websocket push. */
@Push
public class AppShell implements AppShellConfigurator {
}
