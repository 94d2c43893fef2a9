package org.accord.ot;

/** Applies an operation to a String or to a {@link Rope}, checking that it fits the document. */
final class OperationApplier {

    private OperationApplier() {
    }

    static String apply(TextOperation operation, String document) {
        requireBaseLength(operation, CodePoints.count(document));
        StringBuilder result = new StringBuilder(document.length());
        int charIndex = 0;
        for (Component component : operation.components()) {
            if (component instanceof Component.Retain retain) {
                int end = document.offsetByCodePoints(charIndex, retain.length());
                result.append(document, charIndex, end);
                charIndex = end;
            } else if (component instanceof Component.Insert insert) {
                result.append(insert.text());
            } else {
                charIndex = document.offsetByCodePoints(charIndex, component.length());
            }
        }
        return result.toString();
    }

    static Rope apply(TextOperation operation, Rope document) {
        requireBaseLength(operation, document.length());
        Rope result = document;
        int position = 0;
        for (Component component : operation.components()) {
            if (component instanceof Component.Retain) {
                position += component.length();
            } else if (component instanceof Component.Insert insert) {
                result = result.insert(position, insert.text());
                position += insert.length();
            } else {
                result = result.delete(position, component.length());
            }
        }
        return result;
    }

    static void requireBaseLength(TextOperation operation, int documentLength) {
        if (operation.baseLength() != documentLength) {
            throw new InvalidOperationException("operation expects a document of " + operation.baseLength()
                    + " code points but the document has " + documentLength);
        }
    }
}
