package org.accord.ui;

import com.vaadin.flow.component.Component;

/**
 * A control a feature contributes to the header of every signed-in screen (the notification
 * bell). {@link MainLayout} asks the Spring context for these, so the shell does not depend on
 * any feature package. {@link #create()} is called once per layout instance.
 */
public interface HeaderWidget {

    Component create();
}
