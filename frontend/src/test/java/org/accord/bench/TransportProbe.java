package org.accord.bench;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.ui.Transport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two transports an editor could use, reduced to a probe (for {@link TransportBench} only;
 * registered by {@link Setup}, never part of the application):
 * <ul>
 *     <li>Vaadin: a {@code @ClientCallable} echo answered in the same round trip, and a
 *     broadcast that reaches the other probes' browsers through {@code UI.access} and push —
 *     exactly how a Vaadin-transported editor would exchange operations;</li>
 *     <li>a Spring WebSocket at {@code /probe-socket} (behind the same session authentication)
 *     that echoes to the sender and relays to every other connection.</li>
 * </ul>
 */
final class TransportProbe {

    private TransportProbe() {
    }

    /** A Vaadin view with the two server methods; {@code ?transport=websocket} also sends RPCs over the socket. */
    @jakarta.annotation.security.PermitAll
    public static final class ProbeView extends Div implements com.vaadin.flow.router.BeforeEnterObserver {

        private static final Set<ProbeView> OPEN = ConcurrentHashMap.newKeySet();

        public ProbeView() {
            setId("probe");
            setText("transport probe");
        }

        @Override
        public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
            boolean websocket = event.getLocation().getQueryParameters().getParameters()
                    .getOrDefault("transport", java.util.List.of()).contains("websocket");
            event.getUI().getPushConfiguration().setTransport(websocket ? Transport.WEBSOCKET : Transport.WEBSOCKET_XHR);
        }

        @ClientCallable
        String echo(String payload) {
            return payload;
        }

        @ClientCallable
        void broadcast(String payload) {
            for (ProbeView other : OPEN) {
                if (other != this) {
                    other.getUI().ifPresent(ui -> ui.access(() ->
                            other.getElement().executeJs("window.__probeReceived($0)", payload)));
                }
            }
        }

        @Override
        protected void onAttach(AttachEvent event) {
            OPEN.add(this);
        }

        @Override
        protected void onDetach(DetachEvent event) {
            OPEN.remove(this);
        }
    }

    /** Echo to the sender, relay to all others. */
    static final class ProbeSocket extends TextWebSocketHandler {

        private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();

        @Override
        public void afterConnectionEstablished(WebSocketSession session) {
            sessions.put(session.getId(), new ConcurrentWebSocketSessionDecorator(session, 10_000, 1 << 20));
        }

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
            String payload = message.getPayload();
            if (payload.startsWith("echo:")) {
                sessions.get(session.getId()).sendMessage(new TextMessage(payload));
            } else {
                for (WebSocketSession other : sessions.values()) {
                    if (!other.getId().equals(session.getId())) {
                        other.sendMessage(new TextMessage(payload));
                    }
                }
            }
        }

        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
            sessions.remove(session.getId());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSocket
    static class Setup implements WebSocketConfigurer {

        @Override
        public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
            registry.addHandler(new ProbeSocket(), "/probe-socket");
        }

        @Bean
        VaadinServiceInitListener probeRoute() {
            return (ServiceInitEvent event) -> RouteConfiguration.forApplicationScope()
                    .setRoute("transport-probe", ProbeView.class);
        }
    }

}
