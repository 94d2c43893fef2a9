package org.accord.web.coediting;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Registers the co-editing endpoint. Spring Security's filter chain guards its handshake like
 * any other request (a signed-in session is required); only the application's own origin may
 * open it (Spring's default when no other origin is allowed). Frames are not compressed
 * ({@link UncompressedHandshakeHandler}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class CoEditingSocketConfiguration implements WebSocketConfigurer {

    static final String PATH = "/coediting";

    /** The longest frame: an operation of the largest wording, escaped, with room for the envelope. */
    static final int MAX_MESSAGE = 512 * 1024;

    /** The server's text buffer per connection: longer messages are delivered in parts of this size. */
    static final int FRAGMENT = 8 * 1024;

    private final CoEditingSocket socket;

    CoEditingSocketConfiguration(CoEditingSocket socket) {
        this.socket = socket;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(socket, PATH).setHandshakeHandler(new UncompressedHandshakeHandler());
    }
}
