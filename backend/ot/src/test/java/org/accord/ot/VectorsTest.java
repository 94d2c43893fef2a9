package org.accord.ot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Executes the shared vectors in {@code ot-vectors.json}, the contract between this library and
 * the TypeScript client: both must produce exactly the expected canonical JSON, or reject.
 * The format is described in this module's README.
 */
class VectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyVector() throws IOException {
        return StreamSupport.stream(vectors().spliterator(), false)
                .map(vector -> DynamicTest.dynamicTest(
                        vector.get("kind").asText() + ": " + vector.get("name").asText(), () -> check(vector)));
    }

    @Test
    void vectorsAreNumerousUniquelyNamedAndCoverEveryKind() throws IOException {
        JsonNode vectors = vectors();
        Set<String> names = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (JsonNode vector : vectors) {
            assertThat(names.add(vector.get("name").asText())).as("unique name %s", vector.get("name")).isTrue();
            kinds.add(vector.get("kind").asText());
            assertThat(vector.has("expected") ^ vector.path("error").asBoolean(false))
                    .as("%s has either expected or error", vector.get("name")).isTrue();
        }
        assertThat(vectors.size()).isGreaterThanOrEqualTo(40);
        assertThat(kinds).containsExactlyInAnyOrder("apply", "compose", "transform", "invert", "position", "parse");
    }

    private static void check(JsonNode vector) {
        if (vector.path("error").asBoolean(false)) {
            assertThatThrownBy(() -> execute(vector)).isInstanceOf(InvalidOperationException.class);
        } else {
            assertThat(execute(vector)).isEqualTo(vector.get("expected"));
        }
    }

    /** Runs one vector and returns its result in the vector file's JSON shape. */
    private static JsonNode execute(JsonNode vector) {
        String kind = vector.get("kind").asText();
        return switch (kind) {
            case "apply" -> TextNode.valueOf(operation(vector, "a").apply(vector.get("doc").asText()));
            case "compose" -> compose(vector);
            case "transform" -> transform(vector);
            case "invert" -> invert(vector);
            case "position" -> IntNode.valueOf(TextOperation.transformPosition(vector.get("index").asInt(),
                    operation(vector, "a"), vector.get("stickToInsertBefore").asBoolean()));
            case "parse" -> json(TextOperation.fromJson(vector.get("json").asText()));
            default -> throw new AssertionError("unknown vector kind " + kind);
        };
    }

    private static JsonNode compose(JsonNode vector) {
        TextOperation a = operation(vector, "a");
        TextOperation b = operation(vector, "b");
        TextOperation composed = TextOperation.compose(a, b);
        if (vector.has("doc")) {
            String document = vector.get("doc").asText();
            assertThat(composed.apply(document)).isEqualTo(b.apply(a.apply(document)));
        }
        return json(composed);
    }

    private static JsonNode transform(JsonNode vector) {
        TextOperation a = operation(vector, "a");
        TextOperation b = operation(vector, "b");
        Transformed transformed = TextOperation.transform(a, b, Priority.valueOf(vector.get("priority").asText()));
        if (vector.has("doc")) {
            String document = vector.get("doc").asText();
            String viaA = transformed.bPrime().apply(a.apply(document));
            assertThat(transformed.aPrime().apply(b.apply(document))).isEqualTo(viaA);
            assertThat(viaA).isEqualTo(vector.get("result").asText());
        }
        ObjectNode result = JSON.createObjectNode();
        result.set("aPrime", json(transformed.aPrime()));
        result.set("bPrime", json(transformed.bPrime()));
        return result;
    }

    private static JsonNode invert(JsonNode vector) {
        TextOperation operation = operation(vector, "a");
        String document = vector.get("doc").asText();
        TextOperation inverse = TextOperation.invert(operation, document);
        assertThat(inverse.apply(operation.apply(document))).isEqualTo(document);
        assertThat(TextOperation.invert(operation, Rope.of(document))).isEqualTo(inverse);
        return json(inverse);
    }

    private static TextOperation operation(JsonNode vector, String field) {
        return TextOperation.fromJson(vector.get(field).toString());
    }

    private static JsonNode json(TextOperation operation) {
        try {
            return JSON.readTree(operation.toJson());
        } catch (IOException e) {
            throw new AssertionError("toJson produced invalid JSON: " + operation.toJson(), e);
        }
    }

    private static JsonNode vectors() throws IOException {
        try (InputStream in = VectorsTest.class.getResourceAsStream("/ot-vectors.json")) {
            assertThat(in).as("ot-vectors.json on the test class path").isNotNull();
            return JSON.readTree(in);
        }
    }
}
