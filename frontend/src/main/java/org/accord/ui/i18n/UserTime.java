package org.accord.ui.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * Dates and times as the person reads them: in the UI's language and the browser's time zone,
 * asked of the browser once per session; the server's zone until the browser answers (or when
 * it names no zone Java knows). A view that shows times re-renders them when the zone arrives.
 */
public final class UserTime {

    static final String ZONE = UserTime.class.getName() + ".zone";

    private UserTime() {
    }

    /** The browser's time zone, else the server's. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE);
        return zone instanceof ZoneId known ? known : ZoneId.systemDefault();
    }

    /** A date and time, e.g. "29 Nov 2026, 14:05" or "29 нояб. 2026 г., 14:05". */
    public static String dateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Language.current()).withZone(zone()).format(at);
    }

    /** A date and time followed by the time zone it is shown in, for deadlines. */
    public static String dateTimeWithZone(Instant at) {
        return dateTime(at) + " (" + zone().getId() + ")";
    }

    /**
     * A deadline: in the reader's zone (named), then in the negotiation's own zone, in which it was
     * set and announced, unless the two agree at that instant — e.g. "3 Dec 2026, 18:00
     * (Europe/Berlin) · 3 Dec 2026, 22:00 (Asia/Tashkent)".
     */
    public static String deadline(Instant at, ZoneId negotiationZone) {
        if (zone().getRules().getOffset(at).equals(negotiationZone.getRules().getOffset(at))) {
            return dateTimeWithZone(at);
        }
        return dateTimeWithZone(at) + " · " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Language.current()).withZone(negotiationZone).format(at) + " (" + zoneName(negotiationZone) + ")";
    }

    private static String zoneName(ZoneId zone) {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** Asks the browser for its time zone, once per session; the UI is told when it arrives. */
    public static void detect(UI ui) {
        if (ui.getSession().getAttribute(ZONE) != null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> parse(details.getTimeZoneId()).ifPresent(zone -> {
            ui.getSession().setAttribute(ZONE, zone);
            ComponentUtil.fireEvent(ui, new ZoneKnown(ui));
        }));
    }

    /** Runs {@code rerender} whenever the browser's zone becomes known while {@code owner} is attached. */
    public static Registration whenKnown(Component owner, Runnable rerender) {
        Registration[] listening = {() -> { }};
        Registration attach = owner.addAttachListener(event -> {
            listening[0].remove();
            listening[0] = ComponentUtil.addListener(event.getUI(), ZoneKnown.class, known -> rerender.run());
        });
        Registration detach = owner.addDetachListener(event -> listening[0].remove());
        owner.getUI().ifPresent(ui -> listening[0] = ComponentUtil.addListener(ui, ZoneKnown.class, known -> rerender.run()));
        return () -> {
            attach.remove();
            detach.remove();
            listening[0].remove();
        };
    }

    static Optional<ZoneId> parse(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The browser's time zone became known. */
    static final class ZoneKnown extends ComponentEvent<UI> {
        ZoneKnown(UI ui) {
            super(ui, false);
        }
    }
}
