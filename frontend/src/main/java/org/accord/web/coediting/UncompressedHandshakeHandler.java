package org.accord.web.coediting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeFailureException;
import org.springframework.web.socket.server.RequestUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * The co-editing endpoint's handshake, which negotiates no extension. Browsers always offer
 * {@code permessage-deflate}, and Tomcat accepts it whatever Spring selects (with none
 * configured it negotiates its own installed extensions), so the offer is hidden from both. The
 * endpoint's messages are a few dozen bytes (a keystroke, its acknowledgement, a caret), which
 * deflate hardly shrinks, while it costs every message a compression on one side and an
 * inflation on the other, and every connection a compressor's and a decompressor's state on the
 * server. docs/adr/0025-what-a-batch-no-longer-pays-for.md.
 */
final class UncompressedHandshakeHandler extends DefaultHandshakeHandler {

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    UncompressedHandshakeHandler() {
        super(new WithoutExtensions(new DefaultHandshakeHandler().getRequestUpgradeStrategy()));
    }

    /** The server's upgrade, offered no extension and supporting none. */
    private record WithoutExtensions(RequestUpgradeStrategy server) implements RequestUpgradeStrategy {

        @Override
        public String[] getSupportedVersions() {
            return server.getSupportedVersions();
        }

        @Override
        public List<WebSocketExtension> getSupportedExtensions(ServerHttpRequest request) {
            return List.of();
        }

        @Override
        public void upgrade(ServerHttpRequest request, ServerHttpResponse response, String selectedProtocol,
                            List<WebSocketExtension> selectedExtensions, Principal user, WebSocketHandler handler,
                            Map<String, Object> attributes) throws HandshakeFailureException {
            ServerHttpRequest offeringNothing = request instanceof ServletServerHttpRequest servlet
                    ? new ServletServerHttpRequest(new OfferingNoExtension(servlet.getServletRequest()))
                    : request;
            server.upgrade(offeringNothing, response, selectedProtocol, List.of(), user, handler, attributes);
        }
    }

    /** The request as if it offered no extension. */
    private static final class OfferingNoExtension extends HttpServletRequestWrapper {

        OfferingNoExtension(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !EXTENSIONS.equalsIgnoreCase(name)).toList());
        }
    }
}
