package org.accord.ot;

import java.util.List;
import java.util.Objects;

/**
 * An immutable edit of a plain-text document: a canonical sequence of retain / insert / delete
 * {@link Component}s that walks the whole document from start to end. All lengths and positions
 * are Unicode code points.
 *
 * <p>Instances are always canonical (see {@link TextOperationBuilder}), so {@link #equals} is
 * value equality of effect and {@link #toJson()} is a stable wire form. The algebra that the
 * collaboration protocol needs is exposed as static functions here: {@link #compose},
 * {@link #transform}, {@link #invert} and {@link #transformPosition}.
 */
public final class TextOperation {

    private final List<Component> components;
    private final int baseLength;
    private final int targetLength;

    TextOperation(List<Component> components, int baseLength, int targetLength) {
        this.components = List.copyOf(components);
        this.baseLength = baseLength;
        this.targetLength = targetLength;
    }

    public static TextOperationBuilder builder() {
        return new TextOperationBuilder();
    }

    /** The operation that leaves a document of {@code length} code points unchanged. */
    public static TextOperation identity(int length) {
        return builder().retain(length).build();
    }

    /**
     * Parses the ot.js JSON form, e.g. {@code [3, "abc", -2, 5]}: a positive integer retains,
     * a negative integer deletes, a string inserts.
     *
     * @throws InvalidOperationException on malformed JSON or an invalid component
     */
    public static TextOperation fromJson(String json) {
        return OperationJsonReader.read(json);
    }

    /** The ot.js JSON form of this operation; {@code []} for the empty operation. */
    public String toJson() {
        return OperationJsonWriter.write(this);
    }

    /** The canonical components, read-only. */
    public List<Component> components() {
        return components;
    }

    /** Length in code points of the document this operation applies to. */
    public int baseLength() {
        return baseLength;
    }

    /** Length in code points of the document this operation produces. */
    public int targetLength() {
        return targetLength;
    }

    /** True if applying this operation changes nothing (only retains, or no components). */
    public boolean isNoop() {
        return components.isEmpty() || (components.size() == 1 && components.get(0) instanceof Component.Retain);
    }

    /** @throws InvalidOperationException if the document's length is not {@link #baseLength()} */
    public String apply(String document) {
        return OperationApplier.apply(this, document);
    }

    /**
     * Applies the operation component by component to the rope, in O(components * log n) rather
     * than rebuilding the text.
     *
     * @throws InvalidOperationException if the rope's length is not {@link #baseLength()}
     */
    public Rope apply(Rope document) {
        return OperationApplier.apply(this, document);
    }

    /**
     * The single operation equivalent to {@code first} followed by {@code second}.
     *
     * @throws InvalidOperationException if {@code first.targetLength() != second.baseLength()}
     */
    public static TextOperation compose(TextOperation first, TextOperation second) {
        return Composer.compose(first, second);
    }

    /**
     * Transforms two concurrent operations on the same document so that
     * {@code b' after a == a' after b}. When both insert at the same position, the insert of the
     * side named by {@code priority} comes first.
     *
     * @throws InvalidOperationException if the base lengths differ
     */
    public static Transformed transform(TextOperation a, TextOperation b, Priority priority) {
        return Transformer.transform(a, b, priority);
    }

    /**
     * The operation that undoes {@code operation} on the document it produced from
     * {@code baseDocument}.
     */
    public static TextOperation invert(TextOperation operation, String baseDocument) {
        return Inverter.invert(operation, baseDocument);
    }

    /** As {@link #invert(TextOperation, String)}, reading deleted text from a rope. */
    public static TextOperation invert(TextOperation operation, Rope baseDocument) {
        return Inverter.invert(operation, baseDocument);
    }

    /**
     * Where a caret at {@code codePointIndex} ends up after {@code operation}. An insert exactly
     * at the caret pushes it to the right unless {@code stickToInsertBefore} is true, in which
     * case the caret stays before the inserted text; a caret inside deleted text moves to the
     * start of the deletion.
     */
    public static int transformPosition(int codePointIndex, TextOperation operation, boolean stickToInsertBefore) {
        return PositionTransformer.transform(codePointIndex, operation, stickToInsertBefore);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextOperation that && components.equals(that.components);
    }

    @Override
    public int hashCode() {
        return Objects.hash(components);
    }

    /** The JSON form, which is also the most readable one. */
    @Override
    public String toString() {
        return toJson();
    }
}
