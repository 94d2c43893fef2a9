package org.accord.ot;

/**
 * Inversion: the operation that undoes another, for undo. Deleted text is not stored in an
 * operation, so it is read back from the document the operation was applied to.
 */
final class Inverter {

    private Inverter() {
    }

    static TextOperation invert(TextOperation operation, String baseDocument) {
        OperationApplier.requireBaseLength(operation, CodePoints.count(baseDocument));
        TextOperationBuilder inverse = TextOperation.builder();
        int charIndex = 0;
        for (Component component : operation.components()) {
            if (component instanceof Component.Retain retain) {
                inverse.retain(retain.length());
                charIndex = baseDocument.offsetByCodePoints(charIndex, retain.length());
            } else if (component instanceof Component.Insert insert) {
                inverse.delete(insert.length());
            } else {
                int end = baseDocument.offsetByCodePoints(charIndex, component.length());
                inverse.insert(baseDocument.substring(charIndex, end));
                charIndex = end;
            }
        }
        return inverse.build();
    }

    static TextOperation invert(TextOperation operation, Rope baseDocument) {
        OperationApplier.requireBaseLength(operation, baseDocument.length());
        TextOperationBuilder inverse = TextOperation.builder();
        int position = 0;
        for (Component component : operation.components()) {
            if (component instanceof Component.Retain retain) {
                inverse.retain(retain.length());
                position += retain.length();
            } else if (component instanceof Component.Insert insert) {
                inverse.delete(insert.length());
            } else {
                inverse.insert(baseDocument.substring(position, position + component.length()));
                position += component.length();
            }
        }
        return inverse.build();
    }
}
