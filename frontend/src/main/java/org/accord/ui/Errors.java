package org.accord.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.accord.api.shared.Refusal;
import org.accord.ui.i18n.Translations;

import java.util.Optional;

/**
 * How a refused or failed action is told to the user: a clear sentence in their language, never
 * a stack trace. A refusal is told by its reason (one message per {@code RejectionReason}).
 */
public final class Errors {

    private Errors() {
    }

    public static void show(Throwable error) {
        showMessage(describe(error));
    }

    /** Runs a command; a refusal is told as a notification and {@code false} returned. */
    public static boolean attempt(Runnable command) {
        try {
            command.run();
            return true;
        } catch (RuntimeException refused) {
            show(refused);
            return false;
        }
    }

    public static void showMessage(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().setAttribute("role", "alert");
    }

    public static String describe(Throwable error) {
        return Refusal.in(error).map(refusal -> Translations.label(refusal.reason()))
                .or(() -> invalidInput(error).map(invalid -> Translations.text("error.invalid-input", invalid)))
                .orElseGet(() -> Translations.text("error.unexpected"));
    }

    /** The message of a value the api records refused (their messages are English only). */
    private static Optional<String> invalidInput(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
                return Optional.of(cause.getMessage());
            }
        }
        return Optional.empty();
    }
}
