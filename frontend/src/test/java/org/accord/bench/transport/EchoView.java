package org.accord.bench.transport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.shared.ui.Transport;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Vaadin half of the transport benchmark: an element whose {@code $server} methods answer by
 * running {@code window.__bench.recv(message)} in a browser, the way a Vaadin-transported editor
 * would send batches and receive acknowledgements and other people's operations.
 * <ul>
 *     <li>{@link #echo}: answered inside the RPC request (the change travels back with that
 *     request's response);</li>
 *     <li>{@link #echoAccess}: answered from another thread through {@link UI#access}, as an
 *     acknowledgement coming from a processor thread would be (pushed over the websocket);</li>
 *     <li>{@link #relay}: delivered to the signed-in user {@code to}'s view through its
 *     {@code UI.access}, as a broadcast to another person's browser is (pushed).</li>
 * </ul>
 * Not annotated with {@code @Route}, so that no test context picks it up: {@link
 * TransportBenchConfiguration} registers it at {@value TransportBenchConfiguration#ROUTE} for the
 * benchmark's application only. With {@code ?transport=websocket} the UI uses Vaadin's
 * {@link Transport#WEBSOCKET} (both directions over the websocket) instead of the application's
 * {@link Transport#WEBSOCKET_XHR}.
 */
@PermitAll
public class EchoView extends Div implements BeforeEnterObserver {

    static final String ID = "bench-echo";
    private static final String RECEIVE = "window.__bench.recv($0)";

    /** The open benchmark view of each signed-in user, for {@link #relay}. */
    private static final Map<String, EchoView> VIEWS = new ConcurrentHashMap<>();
    /** Stands for the thread an acknowledgement would come from (an event processor's). */
    private static final ExecutorService OTHER_THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "bench-transport-access");
        thread.setDaemon(true);
        return thread;
    });

    private final String user;
    private volatile UI ui;

    public EchoView() {
        setId(ID);
        setText("transport benchmark");
        this.user = VaadinRequest.getCurrent().getUserPrincipal().getName();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> transport = event.getLocation().getQueryParameters().getParameters().get("transport");
        if (transport != null && transport.contains("websocket")) {
            event.getUI().getPushConfiguration().setTransport(Transport.WEBSOCKET);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
        VIEWS.put(user, this);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        VIEWS.remove(user, this);
    }

    @ClientCallable
    public void echo(String message) {
        getElement().executeJs(RECEIVE, message);
    }

    @ClientCallable
    public void echoAccess(String message) {
        UI current = ui;
        OTHER_THREAD.execute(() -> current.access(() -> getElement().executeJs(RECEIVE, message)));
    }

    @ClientCallable
    public void relay(String to, String message) {
        EchoView peer = VIEWS.get(to);
        if (peer != null) {
            peer.ui.access(() -> peer.getElement().executeJs(RECEIVE, message));
        }
    }
}
