package org.accord.ot;

import java.util.List;

/**
 * Walks an operation's components while letting the caller consume part of the current one,
 * which is how compose and transform line up two operations whose component boundaries differ.
 */
final class ComponentCursor {

    private final List<Component> components;
    private int index;
    private Component current;

    ComponentCursor(TextOperation operation) {
        this.components = operation.components();
        this.current = components.isEmpty() ? null : components.get(0);
    }

    boolean isDone() {
        return current == null;
    }

    /** The (possibly partly consumed) current component, or {@code null} when done. */
    Component current() {
        return current;
    }

    Component takeAll() {
        Component taken = current;
        advance();
        return taken;
    }

    /** Consumes the first {@code count} code points of the current component and returns them. */
    Component take(int count) {
        int length = current.length();
        if (count == length) {
            return takeAll();
        }
        int rest = length - count;
        if (current instanceof Component.Retain) {
            current = new Component.Retain(rest);
            return new Component.Retain(count);
        }
        if (current instanceof Component.Delete) {
            current = new Component.Delete(rest);
            return new Component.Delete(count);
        }
        String text = ((Component.Insert) current).text();
        int split = text.offsetByCodePoints(0, count);
        current = new Component.Insert(text.substring(split), rest);
        return new Component.Insert(text.substring(0, split), count);
    }

    private void advance() {
        index++;
        current = index < components.size() ? components.get(index) : null;
    }
}
