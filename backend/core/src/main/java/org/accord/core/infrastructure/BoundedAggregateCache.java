package org.accord.core.infrastructure;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The loaded aggregates, held strongly, the least recently used one dropped when more than
 * {@code capacity} are held. Axon's {@code WeakReferenceCache} held them weakly, and the entry it
 * holds is made anew at every command's commit: young, and referenced by nothing else between two
 * commands, so every young collection cleared it, and the next command loaded the negotiation
 * again from its snapshot and the events after it, while every editor of the negotiation waited
 * (docs/benchmarks.md, Full stack, ADR 0026). Axon removes an entry itself when its unit of work
 * rolls back, so what is held is only ever a committed state.
 */
public final class BoundedAggregateCache implements Cache {

    private final int capacity;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final LinkedHashMap<Object, Object> entries;

    public BoundedAggregateCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The cache must hold at least one aggregate, not " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                if (size() <= BoundedAggregateCache.this.capacity) {
                    return false;
                }
                tell(listener -> listener.onEntryExpired(eldest.getKey()));
                return true;
            }
        };
    }

    /** How many aggregates are held. */
    public synchronized int size() {
        return entries.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value != null) {
            tell(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public synchronized void put(Object key, Object value) {
        if (value == null) {
            remove(key);
            return;
        }
        boolean updated = entries.put(key, value) != null;
        tell(listener -> {
            if (updated) {
                listener.onEntryUpdated(key, value);
            } else {
                listener.onEntryCreated(key, value);
            }
        });
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (entries.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        Object value = entries.get(key);
        if (value == null) {
            value = valueSupplier.get();
            put(key, value);
        }
        return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object value = entries.get(key);
        if (value != null) {
            put(key, update.apply((V) value));
        }
    }

    @Override
    public synchronized boolean remove(Object key) {
        if (entries.remove(key) == null) {
            return false;
        }
        tell(listener -> listener.onEntryRemoved(key));
        return true;
    }

    @Override
    public synchronized void removeAll() {
        List.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void tell(Consumer<EntryListener> event) {
        listeners.forEach(event);
    }
}
