package org.accord.ot;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link TextOperation} in canonical form while it is assembled, so that two operations
 * with the same effect are equal: zero-length components are dropped, adjacent components of the
 * same kind are merged, and an insert meeting a delete is always placed before it (the same
 * normalisation as ot.js, so the TypeScript client produces identical JSON).
 *
 * <p>Not thread-safe; use one builder per operation.
 */
public final class TextOperationBuilder {

    private final List<Component> components = new ArrayList<>();
    private long baseLength;
    private long targetLength;

    TextOperationBuilder() {
    }

    /** Keeps the next {@code count} code points; zero is ignored. */
    public TextOperationBuilder retain(int count) {
        requireNotNegative(count, "retain");
        if (count == 0) {
            return this;
        }
        baseLength += count;
        targetLength += count;
        if (last() instanceof Component.Retain previous) {
            replaceLast(new Component.Retain(addExact(previous.length(), count)));
        } else {
            components.add(new Component.Retain(count));
        }
        return this;
    }

    /** Inserts {@code text} at the current position; the empty string is ignored. */
    public TextOperationBuilder insert(String text) {
        if (text == null) {
            throw new InvalidOperationException("insert text must not be null");
        }
        if (text.isEmpty()) {
            return this;
        }
        return add(Component.Insert.of(text));
    }

    /** Deletes the next {@code count} code points; zero is ignored. */
    public TextOperationBuilder delete(int count) {
        requireNotNegative(count, "delete");
        if (count == 0) {
            return this;
        }
        baseLength += count;
        if (last() instanceof Component.Delete previous) {
            replaceLast(new Component.Delete(addExact(previous.length(), count)));
        } else {
            components.add(new Component.Delete(count));
        }
        return this;
    }

    /** Appends any component, normalising as the specific methods do. */
    public TextOperationBuilder add(Component component) {
        if (component == null) {
            throw new InvalidOperationException("component must not be null");
        }
        if (component instanceof Component.Retain retain) {
            return retain(retain.length());
        }
        if (component instanceof Component.Delete delete) {
            return delete(delete.length());
        }
        Component.Insert insert = (Component.Insert) component;
        targetLength += insert.length();
        int size = components.size();
        if (last() instanceof Component.Insert previous) {
            replaceLast(merge(previous, insert));
        } else if (last() instanceof Component.Delete) {
            // Insert-before-delete: [delete, insert] and [insert, delete] mean the same edit.
            if (size >= 2 && components.get(size - 2) instanceof Component.Insert previous) {
                components.set(size - 2, merge(previous, insert));
            } else {
                components.add(size - 1, insert);
            }
        } else {
            components.add(insert);
        }
        return this;
    }

    public TextOperation build() {
        if (baseLength > Integer.MAX_VALUE || targetLength > Integer.MAX_VALUE) {
            throw new InvalidOperationException("operation is longer than " + Integer.MAX_VALUE + " code points");
        }
        return new TextOperation(components, (int) baseLength, (int) targetLength);
    }

    private Component last() {
        return components.isEmpty() ? null : components.get(components.size() - 1);
    }

    private void replaceLast(Component component) {
        components.set(components.size() - 1, component);
    }

    private static Component.Insert merge(Component.Insert first, Component.Insert second) {
        return new Component.Insert(first.text() + second.text(), addExact(first.length(), second.length()));
    }

    private static int addExact(int a, int b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            throw new InvalidOperationException("component is longer than " + Integer.MAX_VALUE + " code points");
        }
    }

    private static void requireNotNegative(int count, String kind) {
        if (count < 0) {
            throw new InvalidOperationException(kind + " count must not be negative but was " + count);
        }
    }
}
