package org.accord.ot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The algebraic laws the collaboration protocol relies on, checked on random documents and edits. */
class OperationPropertiesTest {

    @Provide
    Arbitrary<String> documents() {
        return OtArbitraries.documents();
    }

    @Provide
    Arbitrary<List<OtArbitraries.EditStep>> edits() {
        return OtArbitraries.edits();
    }

    @Property(tries = 400)
    void transformedOperationsConverge(@ForAll("documents") String document,
                                       @ForAll("edits") List<OtArbitraries.EditStep> editsA,
                                       @ForAll("edits") List<OtArbitraries.EditStep> editsB,
                                       @ForAll Priority priority) {
        TextOperation a = OtArbitraries.EditStep.toOperation(document, editsA);
        TextOperation b = OtArbitraries.EditStep.toOperation(document, editsB);

        Transformed transformed = TextOperation.transform(a, b, priority);

        assertThat(transformed.bPrime().apply(a.apply(document)))
                .isEqualTo(transformed.aPrime().apply(b.apply(document)));
    }

    @Property(tries = 300)
    void swappingArgumentsAndPriorityGivesTheMirroredResult(@ForAll("documents") String document,
                                                            @ForAll("edits") List<OtArbitraries.EditStep> editsA,
                                                            @ForAll("edits") List<OtArbitraries.EditStep> editsB) {
        TextOperation a = OtArbitraries.EditStep.toOperation(document, editsA);
        TextOperation b = OtArbitraries.EditStep.toOperation(document, editsB);

        Transformed forward = TextOperation.transform(a, b, Priority.LEFT);
        Transformed backward = TextOperation.transform(b, a, Priority.RIGHT);

        assertThat(backward.aPrime()).isEqualTo(forward.bPrime());
        assertThat(backward.bPrime()).isEqualTo(forward.aPrime());
    }

    @Property(tries = 400)
    void composeEqualsSequentialApplication(@ForAll("documents") String document,
                                            @ForAll("edits") List<OtArbitraries.EditStep> editsA,
                                            @ForAll("edits") List<OtArbitraries.EditStep> editsB) {
        TextOperation a = OtArbitraries.EditStep.toOperation(document, editsA);
        String afterA = a.apply(document);
        TextOperation b = OtArbitraries.EditStep.toOperation(afterA, editsB);

        TextOperation composed = TextOperation.compose(a, b);

        assertThat(composed.apply(document)).isEqualTo(b.apply(afterA));
        assertThat(composed.baseLength()).isEqualTo(a.baseLength());
        assertThat(composed.targetLength()).isEqualTo(b.targetLength());
    }

    @Property(tries = 400)
    void invertUndoes(@ForAll("documents") String document, @ForAll("edits") List<OtArbitraries.EditStep> edits) {
        TextOperation operation = OtArbitraries.EditStep.toOperation(document, edits);

        TextOperation inverse = TextOperation.invert(operation, document);

        assertThat(inverse.apply(operation.apply(document))).isEqualTo(document);
        assertThat(TextOperation.invert(operation, Rope.of(document))).isEqualTo(inverse);
    }

    @Property(tries = 400)
    void positionFollowsAMarkerInsertedThere(@ForAll("documents") String document,
                                             @ForAll("edits") List<OtArbitraries.EditStep> edits,
                                             @ForAll @IntRange(max = 40) int wantedIndex,
                                             @ForAll boolean stickToInsertBefore) {
        TextOperation operation = OtArbitraries.EditStep.toOperation(document, edits);
        int length = operation.baseLength();
        int index = Math.min(wantedIndex, length);
        TextOperation marker = TextOperation.builder()
                .retain(index).insert(OtArbitraries.MARKER).retain(length - index).build();

        Priority markerPriority = stickToInsertBefore ? Priority.LEFT : Priority.RIGHT;
        TextOperation markerAfter = TextOperation.transform(marker, operation, markerPriority).aPrime();
        String withMarker = markerAfter.apply(operation.apply(document));
        int markerIndex = withMarker.codePointCount(0, withMarker.indexOf(OtArbitraries.MARKER));

        assertThat(TextOperation.transformPosition(index, operation, stickToInsertBefore)).isEqualTo(markerIndex);
    }

    @Property(tries = 400)
    void jsonRoundTrips(@ForAll("documents") String document, @ForAll("edits") List<OtArbitraries.EditStep> edits) {
        TextOperation operation = OtArbitraries.EditStep.toOperation(document, edits);

        assertThat(TextOperation.fromJson(operation.toJson())).isEqualTo(operation);
    }

    @Property(tries = 300)
    void ropeAndStringApplicationAgree(@ForAll("documents") String document,
                                       @ForAll("edits") List<OtArbitraries.EditStep> edits) {
        TextOperation operation = OtArbitraries.EditStep.toOperation(document, edits);

        assertThat(operation.apply(Rope.of(document)).toString()).isEqualTo(operation.apply(document));
    }

    @Property(tries = 300)
    void lengthsAreCodePointCounts(@ForAll("documents") String document,
                                   @ForAll("edits") List<OtArbitraries.EditStep> edits) {
        TextOperation operation = OtArbitraries.EditStep.toOperation(document, edits);
        String result = operation.apply(document);

        assertThat(operation.baseLength()).isEqualTo(document.codePointCount(0, document.length()));
        assertThat(operation.targetLength()).isEqualTo(result.codePointCount(0, result.length()));
    }
}
