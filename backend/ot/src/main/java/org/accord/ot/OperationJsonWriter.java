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
                appendString(json, ((Component.Insert) component).text());
            }
        }
        return json.append(']').toString();
    }

    private static void appendString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
