package org.accord.ui.chair;

import com.vaadin.flow.component.html.Span;
import org.accord.ui.i18n.Translations;

import java.time.Duration;

/**
 * The time left until a deadline, ticking every second in the browser. The server renders the
 * first value from business time and hands the browser only the number of milliseconds left, so
 * the browser's own clock may be wrong and business time may be a test's: the browser counts down
 * from that number with its monotonic progress. Nothing runs on the server and no request is sent
 * while it ticks, so a countdown never keeps a session alive; the timer stops itself at zero and as
 * soon as the element leaves the page. A component is never re-used: each new state of the
 * deadline renders a new countdown.
 */
class Countdown extends Span {

    private static final String TICK = """
            const el = this, end = Date.now() + $0, day = $1;
            const pad = n => String(n).padStart(2, '0');
            clearInterval(el.__accordCountdown);
            const tick = () => {
              if (!el.isConnected) { clearInterval(el.__accordCountdown); return; }
              const s = Math.max(0, Math.floor((end - Date.now()) / 1000));
              const d = Math.floor(s / 86400);
              const t = pad(Math.floor(s % 86400 / 3600)) + ':' + pad(Math.floor(s % 3600 / 60)) + ':' + pad(s % 60);
              el.textContent = d > 0 ? d + ' ' + day + ' ' + t : t;
              el.dataset.remainingSeconds = s;
              if (s === 0) { clearInterval(el.__accordCountdown); }
            };
            el.__accordCountdown = setInterval(tick, 1000);
            """;

    private final Duration left;

    Countdown(String id, Duration left) {
        this.left = left.isNegative() ? Duration.ZERO : left;
        setId(id);
        addClassName("countdown");
        String dayUnit = Translations.text("console.countdown.days");
        setText(ConsoleTime.remaining(this.left, dayUnit));
        getElement().setAttribute("data-remaining-seconds", String.valueOf(this.left.toSeconds()));
        getElement().setAttribute("role", "timer");
        getElement().setAttribute("aria-label", Translations.text("console.countdown.aria"));
        getStyle().set("font-variant-numeric", "tabular-nums").set("font-weight", "600")
                .set("font-size", "var(--lumo-font-size-xl)");
        getElement().executeJs(TICK, (double) this.left.toMillis(), dayUnit);
    }

    Duration left() {
        return left;
    }
}
