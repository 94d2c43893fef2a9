package org.accord.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.accord.api.shared.CommandRejectedException;

/** How a refused action is told to the user: a clear sentence, never a stack trace. */
public final class Errors {

    private Errors() {
    }

    public static void show(RuntimeException error) {
        Notification notification = Notification.show(describe(error), 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof CommandRejectedException)
                && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        if (cause instanceof CommandRejectedException || cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        if (error instanceof IllegalStateException && error.getMessage() != null) {
            return error.getMessage();
        }
        return "Something went wrong; nothing was changed. Please try again.";
    }
}
