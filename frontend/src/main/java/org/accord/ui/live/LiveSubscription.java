package org.accord.ui.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.accord.ui.Errors;
import org.accord.ui.i18n.Translations;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Binds an Axon subscription query to the lifetime of a component: subscribed when the
 * component attaches, disposed when it detaches, and every result applied inside
 * {@link UI#access} so that it reaches the browser over push. Implemented once, used by every
 * live view.
 */
public final class LiveSubscription<I, U> {

    private static final Logger log = LoggerFactory.getLogger(LiveSubscription.class);

    private final Supplier<SubscriptionQueryResult<I, U>> subscribe;
    private final Consumer<I> onInitial;
    private final Consumer<U> onUpdate;
    private SubscriptionQueryResult<I, U> active;
    private volatile UI ui;

    private LiveSubscription(Supplier<SubscriptionQueryResult<I, U>> subscribe,
                             Consumer<I> onInitial, Consumer<U> onUpdate) {
        this.subscribe = subscribe;
        this.onInitial = onInitial;
        this.onUpdate = onUpdate;
    }

    public static <I, U> Registration bind(Component owner,
                                           Supplier<SubscriptionQueryResult<I, U>> subscribe,
                                           Consumer<I> onInitial,
                                           Consumer<U> onUpdate) {
        LiveSubscription<I, U> live = new LiveSubscription<>(subscribe, onInitial, onUpdate);
        if (owner.isAttached()) {
            owner.getUI().ifPresent(live::open);
        }
        Registration attach = owner.addAttachListener(event -> live.open(event.getUI()));
        Registration detach = owner.addDetachListener(event -> live.close());
        return () -> {
            attach.remove();
            detach.remove();
            live.close();
        };
    }

    private synchronized void open(UI ui) {
        close();
        this.ui = ui;
        SubscriptionQueryResult<I, U> result = subscribe.get();
        active = result;
        result.initialResult().subscribe(initial -> ui.access(() -> onInitial.accept(initial)), this::failed);
        result.updates().subscribe(update -> ui.access(() -> onUpdate.accept(update)), this::failed);
    }

    /** A broken subscription must not fail silently: the screen would simply stop being live. */
    private void failed(Throwable error) {
        log.error("A live subscription failed; the view no longer updates", error);
        UI ui = this.ui;
        if (ui != null) {
            ui.access(() -> Errors.showMessage(Translations.text("error.live-interrupted")));
        }
    }

    private synchronized void close() {
        if (active != null) {
            active.cancel();
            active = null;
        }
    }

}
