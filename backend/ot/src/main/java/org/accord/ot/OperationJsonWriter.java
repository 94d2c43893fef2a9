package org.accord.ot;

/**
 * Writes the ot.js JSON form: retain as a positive integer, delete as a negative integer, insert
 * as a string. Non-ASCII text is written as-is (the wire encoding is UTF-8); only what JSON
 * requires is escaped, so the output is byte-identical to JavaScript's {@code JSON.stringify}.
 */
final class OperationJsonWriter {

    private OperationJsonWriter() {
    }

    static String write(TextOperation operation) {
        StringBuilder json = new StringBuilder("[");
        for (Component component : operation.components()) {
            if (json.length() > 1) {
                json.append(',');
            }
            if (component instanceof Component.Retain) {
                json.append(component.length());
            } else if (component instanceof Component.Delete) {
                json.append('-').append(component.length());
            } else {
                JsonStrings.append(json, ((Component.Insert) component).text());
            }
        }
        return json.append(']').toString();
    }

}
