package org.accord.api.negotiation;

/**
 * Limits shared by the negotiation messages, in Unicode code points.
 */
public final class NegotiationCommands {

    public static final int MAX_TITLE = 300;
    public static final int MAX_NAME = 120;
    public static final int MAX_HEADING = 200;
    public static final int MAX_ARTICLE_TEXT = 20_000;

    private NegotiationCommands() {
    }
}
