package org.accord.core.infrastructure;

import org.accord.api.coediting.EditClause;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.NegotiationId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The cached resolver answers every command as Axon's own resolver does: the same identifier and
 * version, or the same refusal; twice in a row, so that the second answer comes from the cache.
 */
class CachedCommandTargetResolverTest {

    record Versioned(@TargetAggregateIdentifier String id, @TargetAggregateVersion Long version) {
    }

    record VersionAsText(@TargetAggregateIdentifier String id, @TargetAggregateVersion String version) {
    }

    record Unversioned(@TargetAggregateIdentifier NegotiationId id, String other) {
    }

    record Untargeted(String id) {
    }

    @SuppressWarnings("unused")
    static final class OnAField {
        @TargetAggregateIdentifier
        private final String id;
        @TargetAggregateVersion
        private final int version;

        OnAField(String id, int version) {
            this.id = id;
            this.version = version;
        }
    }

    static final class OnAMethod {
        @TargetAggregateIdentifier
        String target() {
            return "from-a-method";
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD})
    @TargetAggregateIdentifier
    @interface MetaTarget {
    }

    record MetaAnnotated(@MetaTarget String id) {
    }

    record Throwing(String id) {
        @TargetAggregateIdentifier
        public String target() {
            throw new IllegalStateException("no target");
        }
    }

    static Stream<Object> commands() {
        return Stream.of(
                new EditClause(NegotiationId.of("c5-security-charter"), ArticleId.of("art-international-law"),
                        "kaz-1", 1, 1, "[1]"),
                new Versioned("n-1", 7L), new Versioned("n-1", null), new Versioned(null, 3L),
                new VersionAsText("n-2", "12"), new VersionAsText("n-2", "twelve"),
                new Unversioned(NegotiationId.of("n-3"), "x"), new Untargeted("n-4"),
                new OnAField("n-5", 9), new OnAField(null, 0), new OnAMethod(), new MetaAnnotated("n-6"),
                new Throwing("n-7"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void answers_as_axons_resolver_does(Object payload) {
        var command = GenericCommandMessage.asCommandMessage(payload);
        var axons = AnnotationCommandTargetResolver.builder().build();
        var cached = new CachedCommandTargetResolver();
        for (int time = 0; time < 2; time++) {
            Throwable expectedFailure = catchThrowable(() -> axons.resolveTarget(command));
            Throwable failure = catchThrowable(() -> cached.resolveTarget(command));
            if (expectedFailure == null) {
                assertThat(failure).isNull();
                VersionedAggregateIdentifier expected = axons.resolveTarget(command);
                VersionedAggregateIdentifier actual = cached.resolveTarget(command);
                assertThat(actual.getIdentifierValue()).isEqualTo(expected.getIdentifierValue());
                assertThat(actual.getIdentifier()).isEqualTo(expected.getIdentifier());
                assertThat(actual.getVersion()).isEqualTo(expected.getVersion());
            } else {
                assertThat(failure).isInstanceOf(expectedFailure.getClass()).hasMessage(expectedFailure.getMessage());
                assertThat(failure.getCause() == null ? null : failure.getCause().getClass())
                        .isEqualTo(expectedFailure.getCause() == null ? null : expectedFailure.getCause().getClass());
            }
        }
    }
}
