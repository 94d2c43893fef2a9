package org.accord.bench.transport;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * What the transport benchmark adds to the application: the Vaadin echo view at
 * {@value #ROUTE} and the Spring WebSocket echo at {@value #SOCKET}. Deliberately not a
 * {@code @Configuration} (nor any stereotype): the application's component scan covers
 * {@code org.accord}, test classes included, and must not find it. {@link TransportBench} passes
 * it to {@code SpringApplication} as a source.
 */
@EnableWebSocket
public class TransportBenchConfiguration implements WebSocketConfigurer {

    static final String ROUTE = "bench/transport";
    static final String SOCKET = "/bench/transport/ws";

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // default origin policy: same origin only
        registry.addHandler(new EchoSocketHandler(), SOCKET);
    }

    @Bean
    VaadinServiceInitListener benchTransportRoute() {
        return event -> RouteConfiguration
                .forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(ROUTE, EchoView.class);
    }
}
