package org.accord.core.infrastructure;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Axon's {@link AnnotationCommandTargetResolver}, with its search remembered per command class.
 * Axon's looks through the payload's methods and fields for {@link TargetAggregateIdentifier}
 * and {@link TargetAggregateVersion} (meta-annotations included) on every command: in a profile
 * of the co-editing load it was a sixth of the CPU of committing a batch (docs/benchmarks.md,
 * Full stack). This one searches each class once, the same way (methods first, then fields,
 * through Axon's {@link AnnotationUtils}), and on every command only reads what it found; its
 * answers and its refusals are Axon's ({@code CachedCommandTargetResolverTest} holds them side
 * by side).
 */
public final class CachedCommandTargetResolver implements CommandTargetResolver {

    private final ClassValue<Targets> targets = new ClassValue<>() {
        @Override
        protected Targets computeValue(Class<?> type) {
            return new Targets(Accessor.find(type, TargetAggregateIdentifier.class),
                    Accessor.find(type, TargetAggregateVersion.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Targets found = targets.get(command.getPayloadType());
        Object identifier;
        Long version;
        try {
            identifier = found.identifier().read(command.getPayload());
            version = asLong(found.version().read(command.getPayload()));
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("An exception occurred while extracting aggregate information form a command", e);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("The current security context does not allow extraction of aggregate information from the given command.", e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The value provided for the version is not a number.", e);
        }
        if (identifier == null) {
            throw new IllegalArgumentException(String.format("Invalid command. It does not identify the target aggregate. "
                    + "Make sure at least one of the fields or methods in the [%s] class contains the "
                    + "@TargetAggregateIdentifier annotation and that it returns a non-null value.",
                    command.getPayloadType().getSimpleName()));
        }
        return new VersionedAggregateIdentifier(identifier, version);
    }

    private static Long asLong(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return Long.parseLong(value.toString());
    }

    private record Targets(Accessor identifier, Accessor version) {
    }

    /** Reads one annotated member of a payload, or nothing when the class has none. */
    @FunctionalInterface
    private interface Accessor {

        Accessor NONE = payload -> null;

        Object read(Object payload) throws InvocationTargetException, IllegalAccessException;

        static Accessor find(Class<?> type, Class<? extends Annotation> annotation) {
            for (Method method : ReflectionUtils.methodsOf(type)) {
                if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                    Method accessible = ReflectionUtils.ensureAccessible(method);
                    return accessible::invoke;
                }
            }
            for (Field field : ReflectionUtils.fieldsOf(type)) {
                if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                    return payload -> ReflectionUtils.getFieldValue(field, payload);
                }
            }
            return NONE;
        }
    }
}
