package org.accord.ui.history;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.accord.ui.Errors;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Plays the history forward on a server-side timer: each tick steps once inside {@link UI#access}
 * (so it reaches the browser over push) as the person who pressed play. A tick is skipped while
 * the previous one is still being shown, so a slow point never queues up steps. Stopped, and its
 * thread ended, when the step says the end is reached, on pause, and when the owner detaches.
 */
final class Playback {

    private final Component owner;
    private final HistoryClient client;
    private final BooleanSupplier step;
    private final Runnable stopped;
    private final AtomicBoolean showing = new AtomicBoolean();
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> ticking;
    private Runnable tick;

    /** {@code step} moves one act on and says whether there is more to play. */
    Playback(Component owner, HistoryClient client, BooleanSupplier step, Runnable stopped) {
        this.owner = owner;
        this.client = client;
        this.step = step;
        this.stopped = stopped;
        owner.addDetachListener(event -> stop());
    }

    boolean playing() {
        return ticking != null;
    }

    /** Starts playing at {@code perSecond} acts per second; called on the UI thread. */
    synchronized void start(int perSecond) {
        stop();
        UI ui = owner.getUI().orElseThrow();
        Runnable stepAsSignedIn = client.asSignedInNow(() -> {
            try {
                if (playing() && !step.getAsBoolean()) {
                    stop();
                }
            } catch (RuntimeException e) {
                stop();
                Errors.show(e);
            } finally {
                showing.set(false);
            }
        });
        tick = () -> {
            if (showing.compareAndSet(false, true)) {
                ui.access(stepAsSignedIn::run);
            }
        };
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "history-playback");
            thread.setDaemon(true);
            return thread;
        });
        schedule(perSecond);
    }

    /** A new speed; a playing history goes on at it. */
    synchronized void speed(Integer perSecond) {
        if (playing() && perSecond != null) {
            ticking.cancel(false);
            schedule(perSecond);
        }
    }

    private void schedule(int perSecond) {
        long period = Math.max(1, 1000 / Math.max(1, perSecond));
        ticking = timer.scheduleAtFixedRate(tick, period, period, TimeUnit.MILLISECONDS);
    }

    /** Stops playing; nothing happens when not playing. Called on the UI thread or with its lock held. */
    synchronized void stop() {
        if (ticking == null) {
            return;
        }
        ticking.cancel(false);
        ticking = null;
        timer.shutdownNow();
        timer = null;
        showing.set(false);
        stopped.run();
    }
}
